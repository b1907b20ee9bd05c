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
    public static final String ARTICLES = "articles.csv";
    public static final String QUOTES = "quotes.csv";
    public static final List<String> FILES = List.of(ARTICLES, "counts.csv", QUOTES);

    /** The spreadsheets {@link SpreadsheetRows} writes while a large corpus is read. */
    public static final List<String> WRITTEN_WHILE_READING = List.of(ARTICLES, QUOTES);

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();
    private final Brief brief;

    public CsvWriter(Brief brief) {
        this.brief = brief;
    }

    /** Writes the file named {@code name}, one of {@link #FILES}. */
    public void write(String name, OutputStream out) throws IOException {
        CSVPrinter csv = SpreadsheetRows.start(out);
        switch (name) {
            case ARTICLES -> articles(csv);
            case "counts.csv" -> counts(csv);
            case QUOTES -> quotes(csv);
            default -> throw new IllegalArgumentException("no spreadsheet " + name);
        }
        csv.flush(); // not closed: the caller owns the stream
    }

    /**
     * Whether {@code name} as {@link SpreadsheetRows} wrote it while reading ({@code numbered} or
     * not) lacks what this brief adds: source numbers, when its list of cited sources numbers them
     * from 1; the roles of the speakers it cites.
     */
    public boolean completes(String name, boolean numbered) {
        boolean renumbered = !numbered && !brief.sources().isEmpty();
        return switch (name) {
            case ARTICLES -> renumbered;
            case QUOTES -> renumbered || !citedRoles().isEmpty();
            default -> throw new IllegalArgumentException("not written while reading: " + name);
        };
    }

    /**
     * Copies {@code name} as {@link SpreadsheetRows} wrote it while reading, with what this brief
     * adds (see {@link #completes}): the same rows as {@link #write} gives when the brief holds
     * every article. Streams row by row.
     */
    public void complete(String name, InputStream rows, OutputStream out) throws IOException {
        Map<String, Source> sources = sourcesById();
        Map<String, String> roles = citedRoles();
        CSVPrinter csv = SpreadsheetRows.start(out);
        Reader in = new InputStreamReader(rows, StandardCharsets.UTF_8);
        if (in.read() != '\uFEFF') {
            throw new IOException(name + " to complete does not start with a byte-order mark");
        }
        try (CSVParser parser = CSVParser.parse(in, FORMAT)) {
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (record.getRecordNumber() == 1) {
                    csv.printRecord(values); // the header
                } else if (name.equals(ARTICLES)) {
                    csv.printRecord(article(values, sources));
                } else {
                    csv.printRecord(quote(values, sources, roles));
                }
            }
        }
        csv.flush();
    }

    /** A row of articles.csv with the number, outlet and address the source list gives. */
    private static List<String> article(List<String> row, Map<String, Source> sources) {
        Source s = sources.get(row.get(1));
        if (s == null) {
            return row;
        }
        List<String> completed = new ArrayList<>(row);
        completed.set(0, String.valueOf(s.number()));
        completed.set(5, s.outlet().orElse(""));
        completed.set(6, s.url().orElse(""));
        return completed;
    }

    /** A row of quotes.csv with the source number the list gives and the role the brief does. */
    private static List<String> quote(
            List<String> row, Map<String, Source> sources, Map<String, String> roles) {
        List<String> completed = new ArrayList<>(row);
        Source s = sources.get(row.get(6));
        String source = s == null ? row.get(7) : String.valueOf(s.number());
        completed.set(7, source);
        completed.set(2, roles.getOrDefault(source + "|" + row.get(0), ""));
        return completed;
    }

    private void articles(CSVPrinter csv) throws IOException {
        csv.printRecord(SpreadsheetRows.ARTICLE_HEADER);
        Map<String, Source> sources = sourcesById();
        for (ArticleFindings f : brief.articles()) {
            csv.printRecord(articleRow(f, sources.get(f.id())));
        }
    }

    /** The row of {@code f}, with the number and address {@code s} gives it when listed. */
    private static List<Object> articleRow(ArticleFindings f, Source s) {
        return s == null
                ? SpreadsheetRows.articleRow(f, "", f.outlet(), "")
                : SpreadsheetRows.articleRow(
                        f, s.number(), s.outlet().orElse(""), s.url().orElse(""));
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
        csv.printRecord(SpreadsheetRows.QUOTE_HEADER);
        Map<String, Source> sources = sourcesById();
        Map<String, String> roles = citedRoles();
        for (ArticleFindings f : brief.articles()) {
            if (f.duplicateOf().isPresent()) {
                continue; // as in the totals: a near-duplicate's quotations are not counted
            }
            Source s = sources.get(f.id());
            String source = s == null ? "" : String.valueOf(s.number());
            for (Quote q : f.quotes()) {
                String speaker = q.speaker().map(x -> x.name()).orElse("");
                csv.printRecord(
                        SpreadsheetRows.quoteRow(
                                f, q, source, roles.getOrDefault(source + "|" + speaker, "")));
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
