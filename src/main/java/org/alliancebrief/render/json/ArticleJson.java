package org.alliancebrief.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.alliancebrief.analysis.ActorFinding;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.Evidence;
import org.alliancebrief.analysis.Quote;
import org.alliancebrief.analysis.ThemeFinding;
import org.alliancebrief.codebook.ThemeId;

/** Writes one article's findings as an element of the data file's {@code articles} array. */
final class ArticleJson {
    private final JsonGenerator g;

    ArticleJson(JsonGenerator g) {
        this.g = g;
    }

    void write(ArticleFindings f) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        g.writeStringField("input", f.input());
        g.writeStringField("file", f.file());
        g.writeStringField("title", f.title());
        g.writeStringField("published", f.published().map(p -> p.iso()).orElse(null));
        g.writeStringField("published_evidence", f.published().map(p -> p.evidence()).orElse(null));
        g.writeStringField("published_kind", f.published().map(p -> p.kind().key()).orElse(null));
        g.writeStringField("url", f.url().isEmpty() ? null : f.url());
        g.writeStringField("outlet", f.outlet().isEmpty() ? null : f.outlet());
        g.writeStringField("language", f.language().isEmpty() ? null : f.language());
        g.writeStringField("duplicate_of", f.duplicateOf().orElse(null));
        g.writeBooleanField("counted", f.counted());
        g.writeNumberField("words", f.words());
        g.writeArrayFieldStart("themes");
        for (ThemeFinding t : f.themes()) {
            g.writeStartObject();
            g.writeStringField("id", t.id().value());
            g.writeNumberField("mentions", t.mentions());
            g.writeArrayFieldStart("evidence");
            for (Evidence e : t.evidence()) {
                g.writeString(e.text());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("actors");
        for (ActorFinding a : f.actors()) {
            g.writeStartObject();
            g.writeStringField("id", a.id().value());
            g.writeStringField("name", a.name());
            g.writeStringField("type", a.kind().key());
            g.writeNumberField("mentions", a.mentions());
            g.writeBooleanField("in_codebook", a.inCodebook());
            g.writeBooleanField("fuzzy", a.fuzzy());
            g.writeArrayFieldStart("evidence");
            for (Evidence e : a.evidence()) {
                g.writeString(e.text());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : f.quotes()) {
            g.writeStartObject();
            g.writeStringField("text", q.text());
            // An unnamed source is no speaker by name: its phrase goes to "attribution".
            g.writeStringField(
                    "speaker", q.speaker().filter(s -> s.named()).map(s -> s.name()).orElse(null));
            g.writeStringField(
                    "speaker_id",
                    q.speaker().flatMap(s -> s.id()).map(id -> id.value()).orElse(null));
            g.writeBooleanField("speaker_named", q.speaker().map(s -> s.named()).orElse(false));
            g.writeStringField("attribution", q.speaker().map(s -> s.attribution()).orElse(null));
            g.writeArrayFieldStart("themes");
            for (ThemeId id : q.themes()) {
                g.writeString(id.value());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
