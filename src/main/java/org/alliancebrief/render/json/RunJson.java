package org.alliancebrief.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.alliancebrief.brief.Changes;
import org.alliancebrief.brief.RunInfo;

/** Writes the data file's {@code run} (how the brief was made) and {@code changes} objects. */
final class RunJson {
    private final JsonGenerator g;

    RunJson(JsonGenerator g) {
        this.g = g;
    }

    void write(RunInfo run) throws IOException {
        g.writeObjectFieldStart("run");
        g.writeStringField("version", run.version());
        g.writeArrayFieldStart("inputs");
        for (RunInfo.Input input : run.inputs()) {
            g.writeStartObject();
            g.writeStringField("path", input.path());
            g.writeStringField("label", input.label());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("since", run.since().map(Object::toString).orElse(null));
        g.writeStringField("until", run.until().map(Object::toString).orElse(null));
        file("codebook", Optional.of(run.codebook()));
        file("template", Optional.of(run.template()));
        file("baseline", run.baseline());
        g.writeEndObject();
    }

    private void file(String name, Optional<RunInfo.FileUsed> file) throws IOException {
        if (file.isEmpty()) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeStringField("path", file.get().path());
        g.writeStringField("sha256", file.get().sha256());
        g.writeEndObject();
    }

    void write(Changes c) throws IOException {
        g.writeObjectFieldStart("changes");
        g.writeStringField("baseline", c.baseline());
        g.writeStringField("baseline_generated", c.baselineGenerated());
        g.writeNumberField("previous_articles", c.previousArticles());
        g.writeNumberField("current_articles", c.currentArticles());
        g.writeNumberField("new_articles", c.newArticles());
        g.writeArrayFieldStart("moves");
        for (Changes.Move m : c.moves()) {
            g.writeStartObject();
            g.writeStringField("id", m.id());
            g.writeStringField("label", m.label());
            g.writeStringField("group", m.group());
            g.writeNumberField("previous_share", four(m.previous()));
            g.writeNumberField("current_share", four(m.current()));
            g.writeNumberField(
                    "points", BigDecimal.valueOf(m.points()).setScale(1, RoundingMode.HALF_UP));
            g.writeEndObject();
        }
        g.writeEndArray();
        strings("new_voices", c.newVoices());
        strings("vanished_voices", c.vanishedVoices());
        strings("new_actors", c.newActors());
        strings("vanished_actors", c.vanishedActors());
        g.writeEndObject();
    }

    private static BigDecimal four(double share) {
        return BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP);
    }

    private void strings(String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
