package org.alliancebrief.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a site prints before a headline and is no part of it: a label and its colon ("Latest: Allies
 * meet in Rome") or the section words of a breadcrumb glued to it ("News World Allies meet in
 * Rome").
 */
final class HeadlineLabels {
    /** A label before a colon is a word or two. */
    private static final int MAX_LABEL_CHARS = 15;

    /** Section words glued before a headline come two or more in a row. */
    private static final int MIN_SECTION_WORDS = 2;

    /** What stays must still read as a headline. */
    private static final int MIN_REST_WORDS = 4;

    private static final HeadlineLabels DEFAULT =
            new HeadlineLabels(
                    ResourceLines.read("lexicon/en/headline-labels.txt"),
                    ResourceLines.read("lexicon/en/menu-words.txt"));

    private final Set<String> labels;
    private final Set<String> sections;

    HeadlineLabels(List<String> labels, List<String> sections) {
        this.labels = Set.copyOf(labels);
        this.sections = Set.copyOf(sections);
    }

    static HeadlineLabels standard() {
        return DEFAULT;
    }

    /** {@code title} without a label or glued section words before it. */
    String strip(String title) {
        int colon = title.indexOf(':');
        if (colon > 0
                && colon <= MAX_LABEL_CHARS
                && labels.contains(title.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
            String rest = title.substring(colon + 1).strip();
            return readsAsHeadline(rest) ? rest : title;
        }
        String[] words = title.split(" ");
        int n = 0;
        while (n < words.length
                && !words[n].isEmpty()
                && Character.isUpperCase(words[n].charAt(0))
                && sections.contains(words[n].toLowerCase(Locale.ROOT))) {
            n++;
        }
        if (n < MIN_SECTION_WORDS) {
            return title;
        }
        String rest = String.join(" ", List.of(words).subList(n, words.length));
        return readsAsHeadline(rest) ? rest : title;
    }

    private static boolean readsAsHeadline(String rest) {
        return !rest.isEmpty()
                && !Character.isLowerCase(rest.charAt(0))
                && Words.count(rest, MIN_REST_WORDS) >= MIN_REST_WORDS;
    }
}
