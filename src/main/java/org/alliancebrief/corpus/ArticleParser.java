package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the decoded text of one file into an {@link Article}: page furniture dropped, date lines,
 * bylines and captions kept aside, hard-wrapped lines joined back into paragraphs, a sentence
 * repeated later in the page counted once, and sentence offsets into the cleaned text. Stateless
 * and thread-safe.
 */
public final class ArticleParser {
    /** "BRUSSELS (Reuters) - ", "WASHINGTON, Dec 5 (AFP) -- ": an agency dateline. */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^([\\p{Lu}][\\p{Lu}\\p{L} .'/-]{1,40}?(?:,[^()\\n]{1,30})?)\\s*\\(([^()]{2,30})\\)"
                    + "\\s*(?:-{1,2}|\u2013|\u2014|:)\\s*");
    /** A sentence this short may well repeat ("Yes."): only longer repeats are dropped. */
    private static final int MIN_REPEAT_WORDS = 4;

    private final PageLines lines = new PageLines();
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Parses {@code text}, the whole decoded content of {@code file}. */
    public Article parse(String file, String text) {
        List<String> raw = normalise(text).lines().map(String::strip).toList();
        List<MetaLine> meta = new ArrayList<>();
        String title = null;
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean bodyStarted = false;
        boolean derivedTitle = false;
        for (String line : raw) {
            if (line.isEmpty() || lines.furniture(line)) {
                flush(current, paragraphs);
                continue;
            }
            MetaLine.Placement place = title == null ? MetaLine.Placement.BEFORE_TITLE
                    : bodyStarted ? MetaLine.Placement.BODY : MetaLine.Placement.HEADER;
            if (isMeta(line, place)) {
                flush(current, paragraphs);
                meta.add(new MetaLine(line, place));
                continue;
            }
            if (title == null) {
                if (headline(line)) {
                    title = line;
                    continue;
                }
                // No headline: the page opens with its body. Its first sentence names it, and
                // the line stays content.
                title = firstSentence(line);
                derivedTitle = true;
            }
            bodyStarted = true;
            if (current.length() > 0 && !continues(current, line)) {
                flush(current, paragraphs);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line);
        }
        flush(current, paragraphs);
        if (title == null) {
            title = file;
        }
        String outlet = outlet(meta, paragraphs);
        dropTrailingCaption(paragraphs, meta);
        return build(file, title, derivedTitle, paragraphs, meta, outlet);
    }

    /** The first sentence of {@code line}, cut to 25 words. */
    private String firstSentence(String line) {
        String first = splitter.split(line).get(0).of(line);
        String[] words = first.split("\\s+");
        return words.length <= 25 ? first : String.join(" ", List.of(words).subList(0, 25)) + " \u2026";
    }

    /** A headline is one short sentence or phrase; a page may open with a body paragraph. */
    private boolean headline(String line) {
        return line.split("\\s+").length <= 30 && splitter.split(line).size() <= 1;
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ')
                .replace('\t', ' ').replaceAll("[\u200b\u200c\u200d\ufeff\u00ad]", "");
    }

    private static boolean isMeta(String line, MetaLine.Placement place) {
        if (PageLines.dateOnly(line) || (place != MetaLine.Placement.BODY
                && (PageLines.stamp(line) || PageLines.byline(line)))) {
            return true;
        }
        if (place == MetaLine.Placement.BODY && (PageLines.stamp(line)
                && line.split("\\s+").length <= 8)) {
            return true;
        }
        return place != MetaLine.Placement.BEFORE_TITLE
                && (PageLines.caption(line) || PageLines.byline(line) && line.length() < 60);
    }

    /**
     * Whether {@code line} goes on the paragraph in {@code current}: the paragraph breaks
     * mid-sentence (no closing punctuation, or a joining word or comma at the end), and the new
     * line is not a heading or a new quotation.
     */
    private static boolean continues(StringBuilder current, String line) {
        char last = current.charAt(current.length() - 1);
        char first = line.charAt(0);
        if (first == '\u2022' || first == '*' || (first == '-' && line.length() > 1
                && line.charAt(1) == ' ')) {
            return false;
        }
        if (".!?:;\"\u201d\u2019)]".indexOf(last) >= 0) {
            return false;
        }
        if (last == ',' || Character.isLowerCase(first) || Character.isDigit(first)) {
            return true;
        }
        String lastWord = lastWord(current).toLowerCase(Locale.ROOT);
        if (PageLines.JOINING_WORDS.contains(lastWord)) {
            return true;
        }
        return !heading(current) && first != '"' && first != '\u201c';
    }

    /** A short title-case line without closing punctuation: a subheading. */
    private static boolean heading(CharSequence text) {
        String[] words = text.toString().split("\\s+");
        if (words.length > 10) {
            return false;
        }
        for (String w : words) {
            if (w.length() > 3 && !Character.isUpperCase(w.charAt(0))
                    && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static String lastWord(StringBuilder s) {
        int end = s.length();
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String p = current.toString().replaceAll(" {2,}", " ").strip();
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
        current.setLength(0);
    }

    /** The outlet a byline, credit or agency dateline names; strips the dateline's prefix. */
    private static String outlet(List<MetaLine> meta, List<String> paragraphs) {
        for (int i = 0; i < Math.min(2, paragraphs.size()); i++) {
            Matcher m = AGENCY_DATELINE.matcher(paragraphs.get(i));
            if (m.find() && !PageLines.outletIn(m.group(2)).isEmpty()) {
                meta.add(new MetaLine(m.group().strip(), MetaLine.Placement.HEADER));
                paragraphs.set(i, paragraphs.get(i).substring(m.end()));
                return PageLines.outletIn(m.group(2));
            }
        }
        for (MetaLine line : meta) {
            if (line.placement() != MetaLine.Placement.BEFORE_TITLE) {
                String o = PageLines.outletIn(line.text());
                if (!o.isEmpty()) {
                    return o;
                }
            }
        }
        if (!paragraphs.isEmpty()) {
            String last = paragraphs.get(paragraphs.size() - 1);
            Matcher m = Pattern.compile("^\\(?(?:source|via|\u00a9|\\(c\\))[:\\s]+(.{2,40}?)\\)?\\.?$",
                    Pattern.CASE_INSENSITIVE).matcher(last);
            if (m.find()) {
                String o = PageLines.outletIn(m.group(1));
                paragraphs.remove(paragraphs.size() - 1);
                meta.add(new MetaLine(last, MetaLine.Placement.BODY));
                return o.isEmpty() ? m.group(1).strip() : o;
            }
        }
        return "";
    }

    /** A short last line without a stop after a real body: an image caption ("Jens Stoltenberg"). */
    private static void dropTrailingCaption(List<String> paragraphs, List<MetaLine> meta) {
        if (paragraphs.size() < 4) {
            return;
        }
        String last = paragraphs.get(paragraphs.size() - 1);
        char end = last.charAt(last.length() - 1);
        if (last.split("\\s+").length <= 8 && ".!?\"\u201d)".indexOf(end) < 0) {
            paragraphs.remove(paragraphs.size() - 1);
            meta.add(new MetaLine(last, MetaLine.Placement.BODY));
        }
    }

    private Article build(String file, String title, boolean derivedTitle,
            List<String> paragraphs, List<MetaLine> meta, String outlet) {
        StringBuilder text = new StringBuilder();
        List<Span> paraSpans = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> all = new ArrayList<>();
        all.add(title);
        all.addAll(paragraphs);
        for (String para : all) {
            StringBuilder kept = new StringBuilder();
            List<Span> local = new ArrayList<>();
            boolean isTitle = paraSpans.isEmpty();
            for (Span s : splitter.split(para)) {
                String sentence = s.of(para);
                if (isTitle && derivedTitle) {
                    local.add(new Span(kept.length(), kept.length() + sentence.length()));
                    kept.append(sentence);
                    break; // a title made from the first sentence hides no later repeat
                }
                String key = sentence.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ")
                        .strip();
                if (key.split(" ").length >= MIN_REPEAT_WORDS && !seen.add(key)) {
                    continue; // the same sentence again: counted once
                }
                if (kept.length() > 0) {
                    kept.append(' ');
                }
                local.add(new Span(kept.length(), kept.length() + sentence.length()));
                kept.append(sentence);
            }
            if (kept.isEmpty()) {
                if (paraSpans.isEmpty()) {
                    kept.append(para); // the title stays even if empty of sentences
                } else {
                    continue;
                }
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int offset = text.length();
            text.append(kept);
            paraSpans.add(new Span(offset, text.length()));
            for (Span s : local) {
                sentences.add(new Span(offset + s.start(), offset + s.end()));
            }
        }
        return new Article(file, title, text.toString(), paraSpans, sentences, meta, outlet);
    }
}
