package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the decoded text of one file into an {@link Article}. Stateless and thread-safe. */
public final class ArticleParser {
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<=[.!?][\"\u201d\u2019]?)\\s+(?=[\"\u201c\u2018]?[A-Z])");

    /** Parses {@code text}, the whole decoded content of {@code file}. */
    public Article parse(String file, String text) {
        String[] blocks = text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n\\s*\n");
        StringBuilder out = new StringBuilder();
        List<Span> paragraphs = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        for (String block : blocks) {
            String para = block.replaceAll("\\s+", " ").strip();
            if (para.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            int start = out.length();
            out.append(para);
            paragraphs.add(new Span(start, out.length()));
            Matcher m = SENTENCE_END.matcher(para);
            int from = 0;
            while (m.find()) {
                sentences.add(new Span(start + from, start + m.start()));
                from = m.end();
            }
            sentences.add(new Span(start + from, start + para.length()));
        }
        String title = paragraphs.isEmpty() ? file : paragraphs.get(0).of(out);
        return new Article(file, title, out.toString(), paragraphs, sentences, List.of(), "");
    }
}
