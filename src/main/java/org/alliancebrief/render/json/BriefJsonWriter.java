package org.alliancebrief.render.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.CorpusSummary;
import org.alliancebrief.brief.Brief;
import org.alliancebrief.brief.KeyFinding;
import org.alliancebrief.brief.Measure;
import org.alliancebrief.brief.Part;
import org.alliancebrief.brief.Source;
import org.alliancebrief.codebook.ThemeEntry;

/**
 * Writes {@code brief.json} (schema {@code alliance-brief/1}): the data behind every figure of the
 * PDF. Keys always come in the same order and arrays are sorted by stated keys, so two runs on the
 * same input give the same bytes.
 */
public final class BriefJsonWriter {
    public static final String SCHEMA = "alliance-brief/1";

    public void write(Brief brief, OutputStream out) throws IOException {
        write(brief, out, java.util.Optional.empty());
    }

    /**
     * Writes the data file; with {@code articlesFile} (a path relative to the data file) the
     * per-article records are in that JSON Lines file, named under {@code articles_file}, and not
     * repeated here.
     */
    public void write(Brief brief, OutputStream out, java.util.Optional<String> articlesFile)
            throws IOException {
        JsonFactory factory = JsonFactory.builder().build();
        try (JsonGenerator g =
                factory.createGenerator(out, JsonEncoding.UTF8)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            DefaultPrettyPrinter pretty =
                    new DefaultPrettyPrinter()
                            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("generated", brief.cover().generated().toString());
            g.writeStringField("title", brief.cover().title());
            new RunJson(g).write(brief.run());
            writeCorpus(g, brief);
            if (articlesFile.isPresent()) {
                g.writeStringField("articles_file", articlesFile.get());
            } else {
                g.writeArrayFieldStart("articles");
                for (ArticleFindings f : brief.articles()) {
                    new ArticleJson(g).write(f);
                }
                g.writeEndArray();
            }
            writeTotals(g, brief);
            if (brief.changes().isPresent()) {
                new RunJson(g).write(brief.changes().get());
            }
            writeKeyFindings(g, brief.keyFindings());
            new FigureJson(g).writeAll(brief.parts());
            writeSources(g, brief, articlesFile.isPresent());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeCorpus(JsonGenerator g, Brief brief) throws IOException {
        CorpusSummary s = brief.summary();
        g.writeObjectFieldStart("corpus");
        g.writeNumberField("articles", brief.articlesRead());
        g.writeNumberField("counted", s.articles());
        g.writeNumberField("near_duplicates", s.duplicates());
        g.writeNumberField("dated", s.dated());
        g.writeNumberField("undated", s.articles() - s.dated());
        g.writeArrayFieldStart("skipped");
        for (var skipped : brief.skipped()) {
            g.writeStartObject();
            g.writeStringField("file", skipped.file());
            g.writeStringField("reason", skipped.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeTotals(JsonGenerator g, Brief brief) throws IOException {
        CorpusSummary s = brief.summary();
        g.writeObjectFieldStart("totals");
        g.writeNumberField("articles", s.articles());
        g.writeArrayFieldStart("themes");
        List<ThemeEntry> entries =
                brief.themes().stream()
                        .sorted(
                                Comparator.<ThemeEntry>comparingInt(e -> -tally(s, e).articles())
                                        .thenComparingInt(e -> -tally(s, e).mentions())
                                        .thenComparing(ThemeEntry::id))
                        .toList();
        for (ThemeEntry e : entries) {
            var t = tally(s, e);
            g.writeStartObject();
            g.writeStringField("id", e.id().value());
            g.writeStringField("label", e.label());
            g.writeStringField("group", e.group().key());
            g.writeNumberField("mentions", t.mentions());
            g.writeNumberField("articles", t.articles());
            g.writeNumberField("share", share(t.articles(), s.articles()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("actors");
        var actors =
                s.actors().entrySet().stream()
                        .sorted(
                                Comparator
                                        .<Map.Entry<
                                                        org.alliancebrief.codebook.ActorId,
                                                        CorpusSummary.ActorTally>>
                                                comparingInt(e -> -e.getValue().mentions())
                                        .thenComparingInt(e -> -e.getValue().articles())
                                        .thenComparing(Map.Entry::getKey))
                        .toList();
        for (var e : actors) {
            var a = e.getValue();
            g.writeStartObject();
            g.writeStringField("id", e.getKey().value());
            g.writeStringField("name", a.name());
            g.writeStringField("type", a.kind().key());
            g.writeNumberField("mentions", a.mentions());
            g.writeNumberField("articles", a.articles());
            g.writeNumberField("share", share(a.articles(), s.articles()));
            g.writeBooleanField("in_codebook", a.inCodebook());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("quotes", s.quotes());
        g.writeArrayFieldStart("speakers");
        var speakers =
                s.quotesBySpeaker().entrySet().stream()
                        .sorted(
                                Map.Entry.<String, Integer>comparingByValue()
                                        .reversed()
                                        .thenComparing(Map.Entry.comparingByKey()))
                        .toList();
        for (var e : speakers) {
            g.writeStartObject();
            g.writeStringField("name", e.getKey());
            g.writeNumberField("quotes", e.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("years");
        for (var year : s.articlesByYear().entrySet()) {
            g.writeStartObject();
            g.writeNumberField("year", year.getKey());
            g.writeNumberField("articles", year.getValue());
            g.writeObjectFieldStart("themes");
            for (var t :
                    s.themesByYear()
                            .getOrDefault(year.getKey(), java.util.Collections.emptySortedMap())
                            .entrySet()) {
                g.writeNumberField(t.getKey().value(), t.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static CorpusSummary.Tally tally(CorpusSummary s, ThemeEntry e) {
        return s.themes().getOrDefault(e.id(), new CorpusSummary.Tally(0, 0));
    }

    private static void writeKeyFindings(JsonGenerator g, List<KeyFinding> findings)
            throws IOException {
        g.writeArrayFieldStart("key_findings");
        for (KeyFinding k : findings) {
            g.writeStartObject();
            g.writeStringField("id", k.id());
            g.writeStringField("text", k.text());
            g.writeObjectFieldStart("figures");
            for (var e : k.figures().entrySet()) {
                switch (e.getValue()) {
                    case Measure.Share share ->
                            g.writeNumberField(e.getKey(), share(share.part(), share.whole()));
                    case Measure.Fraction f ->
                            g.writeNumberField(
                                    e.getKey(),
                                    BigDecimal.valueOf(f.share())
                                            .setScale(4, RoundingMode.HALF_UP));
                    case Measure m -> g.writeNumberField(e.getKey(), m.value().longValue());
                    case Number n -> g.writeNumberField(e.getKey(), n.longValue());
                    case null -> g.writeNullField(e.getKey());
                    default -> g.writeStringField(e.getKey(), String.valueOf(e.getValue()));
                }
            }
            g.writeEndObject();
            g.writeArrayFieldStart("evidence");
            for (var ev : k.evidence()) {
                g.writeStartObject();
                g.writeStringField("sentence", ev.sentence());
                g.writeNumberField("source", ev.source());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * The numbered sources; with the articles in their own file, only those the brief cites (source
     * n is line n of that file), so that the data file stays small at any corpus size.
     */
    private static void writeSources(JsonGenerator g, Brief brief, boolean citedOnly)
            throws IOException {
        java.util.Set<Integer> cited = cited(brief);
        g.writeArrayFieldStart("sources");
        for (Source s : brief.sources()) {
            if (citedOnly && !cited.contains(s.number())) {
                continue;
            }
            g.writeStartObject();
            g.writeNumberField("number", s.number());
            g.writeStringField("id", s.id());
            g.writeStringField("title", s.title());
            g.writeStringField("outlet", s.outlet().orElse(null));
            g.writeStringField("published", s.published().orElse(null));
            g.writeStringField("url", s.url().orElse(null));
            g.writeStringField("file", s.file());
            if (s.duplicateOf().isPresent()) {
                g.writeNumberField("duplicate_of", s.duplicateOf().get());
            } else {
                g.writeNullField("duplicate_of");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static java.util.Set<Integer> cited(Brief brief) {
        java.util.Set<Integer> cited = new java.util.HashSet<>();
        brief.keyFindings().forEach(k -> k.evidence().forEach(e -> cited.add(e.source())));
        for (Part p : brief.parts()) {
            switch (p) {
                case Part.TopicSection t -> t.quotes().forEach(q -> cited.add(q.source()));
                case Part.KeyFindings k ->
                        k.findings().forEach(f -> f.evidence().forEach(e -> cited.add(e.source())));
                case Part.EvidenceAnnex a ->
                        a.findings().forEach(f -> f.evidence().forEach(e -> cited.add(e.source())));
                default -> {}
            }
        }
        return cited;
    }

    /** A share in [0, 1] with four decimals, written the same way on every machine. */
    static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
