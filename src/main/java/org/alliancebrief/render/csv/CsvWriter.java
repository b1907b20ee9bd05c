package org.alliancebrief.render.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.CorpusSummary;
import org.alliancebrief.analysis.Quote;
import org.alliancebrief.brief.Brief;
import org.alliancebrief.brief.CitedQuote;
import org.alliancebrief.brief.Part;
import org.alliancebrief.brief.Source;
import org.alliancebrief.codebook.ThemeEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes the brief's spreadsheets: RFC 4180 (CRLF, quotes doubled), UTF-8 with a byte-order mark so
 * that Excel reads the accents, numbers with a dot and shares in [0, 1] as in the data file.
 */
public final class CsvWriter {
    /** The spreadsheet of every article read, one row an article. */
    public static final String ARTICLES = "articles.csv";

    public static final List<String> FILES = List.of(ARTICLES, "counts.csv", "quotes.csv");

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();
    private final Brief brief;

    public CsvWriter(Brief brief) {
        this.brief = brief;
    }

    /** Writes the file named {@code name}, one of {@link #FILES}. */
    public void write(String name, OutputStream out) throws IOException {
        CSVPrinter csv = ArticleRows.start(out);
        switch (name) {
            case ARTICLES -> articles(csv);
            case "counts.csv" -> counts(csv);
            case "quotes.csv" -> quotes(csv);
            default -> throw new IllegalArgumentException("no spreadsheet " + name);
        }
        csv.flush(); // not closed: the caller owns the stream
    }

    /**
     * Copies articles.csv as {@link ArticleRows} wrote it unnumbered while reading, with the rows
     * of the articles this brief's source list names made again with their numbers and addresses (a
     * list of cited sources only, numbered from 1, is known only once the brief is made).
     */
    public void renumberArticles(InputStream rows, OutputStream out) throws IOException {
        Map<String, Source> sources = sourcesById();
        Map<String, ArticleFindings> held = new HashMap<>();
        brief.articles().stream()
                .filter(f -> sources.containsKey(f.id()))
                .forEach(f -> held.put(f.id(), f));
        CSVPrinter csv = ArticleRows.start(out);
        Reader in = new InputStreamReader(rows, StandardCharsets.UTF_8);
        if (in.read() != '\uFEFF') {
            throw new IOException("articles.csv to renumber does not start with a byte-order mark");
        }
        try (CSVParser parser = CSVParser.parse(in, FORMAT)) {
            for (CSVRecord record : parser) {
                ArticleFindings f = record.getRecordNumber() == 1 ? null : held.get(record.get(1));
                if (f == null) {
                    // the header, or an article the source list does not name: as it was
                    csv.printRecord((Object[]) record.values());
                } else {
                    csv.printRecord(articleRow(f, sources.get(f.id())));
                }
            }
        }
        csv.flush();
    }

    private void articles(CSVPrinter csv) throws IOException {
        csv.printRecord(ArticleRows.HEADER);
        Map<String, Source> sources = sourcesById();
        for (ArticleFindings f : brief.articles()) {
            csv.printRecord(articleRow(f, sources.get(f.id())));
        }
    }

    /** The row of {@code f}, with the number and address {@code s} gives it when listed. */
    private static List<Object> articleRow(ArticleFindings f, Source s) {
        return s == null
                ? ArticleRows.row(f, "", f.outlet(), "")
                : ArticleRows.row(f, s.number(), s.outlet().orElse(""), s.url().orElse(""));
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
