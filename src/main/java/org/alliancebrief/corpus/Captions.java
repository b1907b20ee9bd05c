package org.alliancebrief.corpus;

import java.util.Locale;

/**
 * What a photo caption says about the story, without its credit: "Leaders meet in Brussels. (Photo:
 * Wire)" → "Leaders meet in Brussels." Credits name photographers and agencies, who are not actors
 * of the story.
 */
final class Captions {
    /** A caption shorter than this, once its credit is gone, names nobody. */
    private static final int MIN_WORDS = 4;

    /** A credit after its cue ("Photo: Jane Doe / Wire") is a few words at most. */
    private static final int MAX_CREDIT_WORDS = 7;

    private static final String[] CUES = {
        "photo", "photograph", "picture", "image", "credit", "getty images"
    };

    private Captions() {}

    /** The content of {@code caption}, or "" when nothing but a credit or a label is left. */
    static String content(String caption) {
        String c = withoutCreditGroups(caption.strip());
        String lower = c.toLowerCase(Locale.ROOT);
        int cut = -1;
        for (String cue : CUES) {
            int at = lower.lastIndexOf(cue);
            // A credit cue is capitalised or marked ("Photo Wire", "photo: Jane Doe"), not "a
            // photo".
            int after = at + cue.length();
            boolean marked =
                    after < c.length() && (c.charAt(after) == ':' || c.charAt(after) == '/');
            if (at > 0
                    && at > cut
                    && Words.count(c.substring(at)) <= MAX_CREDIT_WORDS
                    && !Character.isLetter(c.charAt(at - 1))
                    && (Character.isUpperCase(c.charAt(at)) || marked)) {
                cut = at;
            }
        }
        if (cut > 0) {
            c = c.substring(0, cut).strip();
        }
        if (lower.startsWith("file photo")) {
            c =
                    c.substring(Math.min(c.length(), "file photo".length()))
                            .replaceFirst("^[\\s:.,-]+", "");
        }
        c = c.replaceAll("[\\s:/|,-]+$", "").strip();
        return Words.count(c) < MIN_WORDS ? "" : c;
    }

    /** {@code c} without bracketed groups that hold a credit: "(AP Photo/Jane Doe)". */
    private static String withoutCreditGroups(String c) {
        StringBuilder out = new StringBuilder(c.length());
        int i = 0;
        while (i < c.length()) {
            int open = c.indexOf('(', i);
            int close = open < 0 ? -1 : c.indexOf(')', open);
            if (close < 0) {
                out.append(c, i, c.length());
                break;
            }
            String group = c.substring(open, close + 1).toLowerCase(Locale.ROOT);
            boolean credit = false;
            for (String cue : CUES) {
                credit |= group.contains(cue);
            }
            out.append(c, i, credit ? open : close + 1);
            i = close + 1;
        }
        return out.toString().replaceAll(" {2,}", " ").strip();
    }
}
