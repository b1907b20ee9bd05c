package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.List;
import org.alliancebrief.corpus.dates.DateReader;

/** Joins hard-wrapped lines into paragraphs, telling a wrap from a paragraph's end. */
final class Unwrapper {
    /** Longer lines were not wrapped by a tool: their line break is the author's. */
    private static final int WRAP_WIDTH = 100;

    private static final String TERMINAL = ".!?:;\"\u201d\u2019)]";
    private static final String OPENING = "\"\u201c\u2018'(\u2022";

    /**
     * A line only a date can stand on is at most this long ("Wednesday, 23 October 2025, 14:05").
     */
    private static final int MAX_DATE_LINE = 48;

    private static final DateReader DATES = DateReader.standard();

    private Unwrapper() {}

    /**
     * The paragraphs of {@code blocks} (runs of lines between blank lines). In a file whose
     * paragraphs are separated by blank lines, a block of short lines is one wrapped paragraph;
     * otherwise a line ending a sentence ends its paragraph.
     */
    static List<String> paragraphs(List<List<String>> blocks, boolean blankSeparated) {
        List<String> out = new ArrayList<>();
        for (List<String> block : blocks) {
            boolean wrapped = blankSeparated && isWrapped(block);
            StringBuilder para = new StringBuilder();
            String previous = null;
            for (String line : block) {
                if (previous != null && breaksBetween(previous, line, wrapped)) {
                    out.add(para.toString());
                    para.setLength(0);
                }
                if (!para.isEmpty()) {
                    para.append(' ');
                }
                para.append(line);
                previous = line;
            }
            if (!para.isEmpty()) {
                out.add(para.toString());
            }
        }
        return out;
    }

    private static boolean isWrapped(List<String> block) {
        for (int i = 0; i < block.size() - 1; i++) {
            if (block.get(i).length() > WRAP_WIDTH) {
                return false;
            }
        }
        return true;
    }

    private static boolean breaksBetween(String previous, String next, boolean wrapped) {
        if (next.startsWith("\u2022")) {
            return true; // a list item
        }
        if (dateOnly(previous) || dateOnly(next)) {
            return true; // "October 23rd 2025" under a standfirst: no sentence wraps onto a date
        }
        if (!endsTerminal(previous)) {
            return false;
        }
        // A quotation running on into a new paragraph reopens with a quotation mark.
        return !wrapped || OPENING.indexOf(next.charAt(0)) >= 0;
    }

    /**
     * Whether {@code line} is a short line that is only a date, with no stop: a date that ends a
     * sentence ("...adopted in / January 2020.") is the end of a wrapped line.
     */
    private static boolean dateOnly(String line) {
        return line.length() <= MAX_DATE_LINE && !endsTerminal(line) && DATES.isDateOnly(line);
    }

    /** Whether {@code line} ends with punctuation that can close a sentence or paragraph. */
    static boolean endsTerminal(String line) {
        String l = line.stripTrailing();
        return !l.isEmpty() && TERMINAL.indexOf(l.charAt(l.length() - 1)) >= 0;
    }
}
