package org.alliancebrief.render.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.alliancebrief.analysis.ActorFinding;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.CorpusSummary;
import org.alliancebrief.analysis.Quote;
import org.alliancebrief.brief.Brief;
import org.alliancebrief.brief.CitedQuote;
import org.alliancebrief.brief.Part;
import org.alliancebrief.brief.Source;
import org.alliancebrief.codebook.ThemeEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the brief's spreadsheets: RFC 4180 (CRLF, quotes doubled), UTF-8 with a byte-order mark so
 * that Excel reads the accents, numbers with a dot and shares in [0, 1] as in the data file.
 */
public final class CsvWriter {
    public static final List<String> FILES = List.of("articles.csv", "counts.csv", "quotes.csv");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();
    private final Brief brief;

    public CsvWriter(Brief brief) {
        this.brief = brief;
    }

    /** Writes the file named {@code name}, one of {@link #FILES}. */
    public void write(String name, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, FORMAT);
        switch (name) {
            case "articles.csv" -> articles(csv);
            case "counts.csv" -> counts(csv);
            case "quotes.csv" -> quotes(csv);
            default -> throw new IllegalArgumentException("no spreadsheet " + name);
        }
        csv.flush(); // not closed: the caller owns the stream
    }

    private void articles(CSVPrinter csv) throws IOException {
        csv.printRecord(
                "number",
                "id",
                "input",
                "file",
                "title",
                "outlet",
                "url",
                "published",
                "language",
                "duplicate_of",
                "words",
                "themes",
                "actors");
        Map<String, Source> sources = sourcesById();
        for (ArticleFindings f : brief.articles()) {
            Source s = sources.get(f.id());
            csv.printRecord(
                    s == null ? "" : s.number(),
                    f.id(),
                    f.input(),
                    f.file(),
                    f.title(),
                    s == null ? f.outlet() : s.outlet().orElse(""),
                    s == null ? "" : s.url().orElse(""),
                    f.published().map(p -> p.iso()).orElse(""),
                    "",
                    f.duplicateOf().orElse(""),
                    f.words(),
                    f.themes().stream().map(t -> t.id().value()).collect(Collectors.joining("; ")),
                    f.actors().stream().map(ActorFinding::name).collect(Collectors.joining("; ")));
        }
    }

    private void counts(CSVPrinter csv) throws IOException {
        CorpusSummary s = brief.summary();
        List<Integer> years = new ArrayList<>(s.articlesByYear().keySet());
        List<String> header =
                new ArrayList<>(
                        List.of("entry", "label", "group", "articles", "share", "mentions"));
        years.forEach(y -> header.add("articles_" + y));
        csv.printRecord(header);
        List<Object> all =
                new ArrayList<>(
                        List.of(
                                "all",
                                "All articles counted",
                                "corpus",
                                s.articles(),
                                share(s.articles(), s.articles()),
                                ""));
        years.forEach(y -> all.add(s.articlesByYear().get(y)));
        csv.printRecord(all);
        for (ThemeEntry e : brief.themes()) {
            var t = s.themes().getOrDefault(e.id(), new CorpusSummary.Tally(0, 0));
            List<Object> row =
                    new ArrayList<>(
                            List.of(
                                    e.id().value(),
                                    e.label(),
                                    e.group().key(),
                                    t.articles(),
                                    share(t.articles(), s.articles()),
                                    t.mentions()));
            for (int y : years) {
                row.add(
                        s.themesByYear()
                                .getOrDefault(y, java.util.Collections.emptySortedMap())
                                .getOrDefault(e.id(), 0));
            }
            csv.printRecord(row);
        }
        for (var e : s.actors().entrySet()) {
            var a = e.getValue();
            List<Object> row =
                    new ArrayList<>(
                            List.of(
                                    e.getKey().value(),
                                    a.name(),
                                    a.kind().key(),
                                    a.articles(),
                                    share(a.articles(), s.articles()),
                                    a.mentions()));
            years.forEach(y -> row.add(""));
            csv.printRecord(row);
        }
    }

    private void quotes(CSVPrinter csv) throws IOException {
        csv.printRecord(
                "speaker",
                "speaker_id",
                "role",
                "named",
                "attribution",
                "text",
                "article",
                "source",
                "date",
                "themes");
        Map<String, Source> sources = sourcesById();
        Map<String, String> roles = citedRoles();
        for (ArticleFindings f : brief.articles()) {
            if (f.duplicateOf().isPresent()) {
                continue; // as in the totals: a near-duplicate's quotations are not counted
            }
            Source s = sources.get(f.id());
            for (Quote q : f.quotes()) {
                String source = s == null ? "" : String.valueOf(s.number());
                csv.printRecord(
                        q.speaker().map(x -> x.name()).orElse(""),
                        q.speaker().flatMap(x -> x.id()).map(id -> id.value()).orElse(""),
                        roles.getOrDefault(
                                source + "|" + q.speaker().map(x -> x.name()).orElse(""), ""),
                        q.speaker().map(x -> x.named()).orElse(false),
                        q.speaker().map(x -> x.attribution()).orElse(""),
                        q.text(),
                        f.id(),
                        source,
                        f.published().map(p -> p.iso()).orElse(""),
                        q.themes().stream().map(t -> t.value()).collect(Collectors.joining("; ")));
            }
        }
    }

    /** Roles the brief gives its cited speakers, by source number and speaker. */
    private Map<String, String> citedRoles() {
        Map<String, String> roles = new HashMap<>();
        for (Part p : brief.parts()) {
            if (p instanceof Part.TopicSection t) {
                for (CitedQuote q : t.quotes()) {
                    if (!q.role().isBlank()) {
                        roles.put(q.source() + "|" + q.speaker(), q.role());
                    }
                }
            }
        }
        return roles;
    }

    private Map<String, Source> sourcesById() {
        Map<String, Source> byId = new HashMap<>();
        brief.sources().forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(part)
                        .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
