package org.alliancebrief.corpus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancebrief.corpus.dates.DateReader;

/**
 * Recognises page furniture listed in furniture.txt ("Scroll to Top", breadcrumbs, share rows,
 * consent banners, teaser blocks, reader comments) by hash lookups of a line's key and of its first
 * and last words: no pattern is tried per entry, so a line costs the same however long the list
 * grows.
 */
final class Furniture {
    private static final int MAX_WORDS = 20;

    /** Consent banners run long; a paragraph longer than this mentioning cookies is prose. */
    private static final int MAX_BANNER_WORDS = 60;

    /** Shorter entries ("Share", "Print") are ordinary words inside a sentence. */
    private static final int MIN_WORDS_INSIDE = 3;

    /** Roles of a word in {@link #roles}. */
    private static final int PAIR_FIRST = 32;

    private static final int FIRST_WORD = 1;

    private static final int OPENER = 2;
    private static final int CLOSER = 4;
    private static final int WORD = 8;
    private static final int GLUED_FIRST = 16;

    /** What {@link #scan} tells of a line: bits, then the count of key words from bit 8 on. */
    private static final int HAS_FIRST_WORD = 1;

    private static final int HAS_BANNER_WORD = 2;
    private static final int OPENS_ENTRY = 4;
    private static final int CLOSES_ENTRY = 8;
    private static final int HAS_GLUED_FIRST = 16;
    private static final int COUNT_SHIFT = 8;

    private static final DateReader DATES = DateReader.standard();
    private static final Furniture DEFAULT = new Furniture(ResourceLines.read("furniture.txt"));

    /** What a line is, as furniture. */
    enum Kind {
        NONE,
        LINE,
        BLOCK,
        END
    }

    private final Set<String> exact = new HashSet<>();

    /** Opening words → the word the line must also hold, or "" for none. */
    private final Map<String, String> starts = new HashMap<>();

    /** Opening words that are furniture only when a mark follows them. */
    private final Set<String> afterMark = new HashSet<>();

    private final Set<String> ends = new HashSet<>();
    private final Set<String> words = new HashSet<>();
    private final Set<String> blocks = new HashSet<>();
    private final Set<String> pageEnds = new HashSet<>();

    /** Exact entries of several words, which can be found glued inside a sentence. */
    private final Set<String> glued = new HashSet<>();

    /** The glued entries and their opening words ("scroll", "scroll to", "scroll to top"). */
    private final Set<String> gluedPrefixes = new HashSet<>();

    /** First words of the exact entries: a window is looked up only where one of them stands. */
    private final Set<String> firstWords = new HashSet<>();

    /**
     * Every word that matters to a line's first look, with its roles: one of the {@link
     * #firstWords}, the first word of an entry matched at a line's start, the last word of an entry
     * matched at its end, one of the {@link #words}.
     */
    private final WordTable roles;

    /** The first two words of entries of several words matched from a line's start. */
    private final WordTable pairs;

    private final boolean emptyFirstWord;

    private int longest = 1;

    /** The most words of a block or page-end entry: a longer line is looked up no further. */
    private int longestWhole = 5; // "more from ..." lines have up to five

    Furniture(List<String> entries) {
        for (String entry : entries) {
            int colon = entry.indexOf(": ");
            String type = colon > 0 ? entry.substring(0, colon) : "";
            String value = colon > 0 ? entry.substring(colon + 2) : entry;
            switch (type) {
                case "starts" -> {
                    int bar = value.indexOf('|');
                    starts.put(
                            key(bar < 0 ? value : value.substring(0, bar)),
                            bar < 0 ? "" : key(value.substring(bar + 1)));
                }
                case "after" -> afterMark.add(key(value));
                case "ends" -> ends.add(key(value));
                case "word" -> words.add(key(value));
                case "block" -> blocks.add(key(value));
                case "end" -> pageEnds.add(key(value));
                default -> {
                    String k = key(entry);
                    exact.add(k);
                    if (Words.count(k) >= MIN_WORDS_INSIDE) {
                        glued.add(k);
                    }
                }
            }
        }
        exact.forEach(k -> firstWords.add(k.split(" ")[0]));
        emptyFirstWord = firstWords.contains("");
        Map<String, Integer> role = new HashMap<>();
        firstWords.forEach(w -> role.merge(w, FIRST_WORD, (a, b) -> a | b));
        // Entries matched from a line's start: by their first word alone, or their first two.
        Map<String, Integer> pair = new HashMap<>();
        for (Set<String> set : List.of(exact, starts.keySet(), afterMark, blocks, pageEnds)) {
            set.forEach(k -> addOpening(k, role, pair));
        }
        addOpening("more from", role, pair);
        pairs = new WordTable(pair);
        ends.forEach(k -> role.merge(k.substring(k.lastIndexOf(' ') + 1), CLOSER, (a, b) -> a | b));
        words.forEach(w -> role.merge(w, WORD, (a, b) -> a | b));
        glued.forEach(k -> role.merge(k.split(" ")[0], GLUED_FIRST, (a, b) -> a | b));
        for (String k : glued) {
            for (int space = k.indexOf(' '); space > 0; space = k.indexOf(' ', space + 1)) {
                gluedPrefixes.add(k.substring(0, space));
            }
            gluedPrefixes.add(k);
        }
        roles = new WordTable(role);
        for (Set<String> set : List.of(exact, starts.keySet(), ends)) {
            set.forEach(k -> longest = Math.max(longest, Words.count(k)));
        }
        for (Set<String> set : List.of(blocks, pageEnds)) {
            set.forEach(k -> longestWhole = Math.max(longestWhole, Words.count(k)));
        }
    }

    private static void addOpening(
            String entry, Map<String, Integer> role, Map<String, Integer> pair) {
        String[] w = entry.split(" ");
        if (w.length == 1) {
            role.merge(w[0], OPENER, (a, b) -> a | b);
        } else {
            role.merge(w[0], PAIR_FIRST, (a, b) -> a | b);
            pair.put(w[0] + " " + w[1], 0);
        }
    }

    /** The list shipped with the program. */
    static Furniture standard() {
        return DEFAULT;
    }

    /** Whether {@code line} (already space-normalised) is furniture. */
    boolean matches(String line) {
        return kind(line) != Kind.NONE;
    }

    /**
     * What {@code line} is as furniture: nothing, a line, a teaser block's head, the comments'
     * head.
     */
    Kind kind(String line) {
        return mayBe(line, scan(line, true)) ? lookUp(line) : Kind.NONE;
    }

    /** A line's kind as furniture, and for a line of none whether its text is all furniture. */
    record Verdict(Kind kind, boolean wholly) {}

    /**
     * {@link #kind} of {@code line} and, when it is {@link Kind#NONE}, whether {@link
     * #withoutGlued} of {@code text}, the line without its bullet, is "": both from one pass over
     * the line, whose words are the text's.
     */
    Verdict judge(String line, String text) {
        if (emptyFirstWord) { // a word of marks only, as a bullet is, would count: look twice
            Kind kind = kind(line);
            return new Verdict(kind, kind == Kind.NONE && withoutGlued(text).isEmpty());
        }
        int look = scan(line, false);
        Kind kind = mayBe(line, look) ? lookUp(line) : Kind.NONE;
        String t = text.strip();
        return new Verdict(kind, kind == Kind.NONE && withoutGlued(t, look).isEmpty());
    }

    /**
     * What one pass over {@code s}'s key words tells without building them: {@link
     * #HAS_FIRST_WORD}, a word of {@code s.split(" ")} has one of the {@link #firstWords} as key,
     * so an entry may open it; {@link #HAS_GLUED_FIRST}, one has the first word of a glued entry as
     * key, so one may be glued in at it; {@link #HAS_BANNER_WORD}, one of the {@link #words} stands
     * among the first {@value #MAX_BANNER_WORDS}; {@link #OPENS_ENTRY} and {@link #CLOSES_ENTRY},
     * the first word begins an entry, the last ends one; and the count of key words. Most lines are
     * prose and have none of the bits. With {@code prose}, stops at a paragraph's length, telling
     * only that count.
     */
    private int scan(String s, boolean prose) {
        int limit = Math.max(MAX_BANNER_WORDS, longestWhole);
        int n = s.length();
        int count = 0;
        int firstRole = 0;
        int lastRole = 0;
        boolean word = false;
        boolean firstWord = false;
        boolean gluedFirst = false;
        int tokenRuns = 0;
        int tokenRole = 0;
        int runStart = -1;
        int hash = 0;
        int firstStart = -1;
        int firstEnd = -1;
        int firstHash = 0;
        boolean pairOpens = false;
        for (int i = 0; i < n; i++) {
            char folded = HeadlineChooser.keyChar(s.charAt(i));
            if (folded != 0) {
                if (runStart < 0) {
                    runStart = i;
                    hash = 0;
                }
                hash = 31 * hash + folded;
                continue;
            }
            if (runStart >= 0) { // a word of the key ends
                if (++count > limit && prose) {
                    return count << COUNT_SHIFT; // a paragraph: no entry is that long
                }
                int role = Math.max(0, roles.getFolded(s, runStart, i, hash));
                if (count == 1) {
                    firstStart = runStart;
                    firstEnd = i;
                    firstHash = hash;
                } else if (count == 2 && (firstRole & PAIR_FIRST) != 0) {
                    pairOpens = opensPair(s, firstStart, firstEnd, firstHash, runStart, i, hash);
                }
                firstRole = count == 1 ? role : firstRole;
                word |= count <= MAX_BANNER_WORDS && (role & WORD) != 0;
                lastRole = role;
                tokenRole = role;
                tokenRuns++;
                runStart = -1;
            }
            if (s.charAt(i) == ' ') { // a word of s.split(" ") ends
                firstWord |= isFirstWordRole(tokenRuns, tokenRole, FIRST_WORD);
                gluedFirst |= isFirstWordRole(tokenRuns, tokenRole, GLUED_FIRST);
                tokenRuns = 0;
            }
        }
        if (runStart >= 0) {
            count++;
            int role = Math.max(0, roles.getFolded(s, runStart, n, hash));
            if (count == 2 && (firstRole & PAIR_FIRST) != 0) {
                pairOpens = opensPair(s, firstStart, firstEnd, firstHash, runStart, n, hash);
            }
            firstRole = count == 1 ? role : firstRole;
            word |= count <= MAX_BANNER_WORDS && (role & WORD) != 0;
            lastRole = role;
            tokenRole = role;
            tokenRuns++;
        }
        firstWord |= isFirstWordRole(tokenRuns, tokenRole, FIRST_WORD);
        gluedFirst |= isFirstWordRole(tokenRuns, tokenRole, GLUED_FIRST);
        return (firstWord ? HAS_FIRST_WORD : 0)
                | (gluedFirst ? HAS_GLUED_FIRST : 0)
                | (word ? HAS_BANNER_WORD : 0)
                | ((firstRole & OPENER) != 0 || pairOpens ? OPENS_ENTRY : 0)
                | ((lastRole & CLOSER) != 0 ? CLOSES_ENTRY : 0)
                | Math.min(count, limit + 1) << COUNT_SHIFT;
    }

    /**
     * False when {@link #lookUp} of {@code s} finds nothing for sure, by its {@link #scan}: a line
     * of marks, a banner word, else the first or last word of an entry of at most {@value
     * #MAX_WORDS} words, or a glued breadcrumb, is needed.
     */
    private boolean mayBe(String s, int look) {
        int count = look >>> COUNT_SHIFT;
        return count <= Math.max(MAX_BANNER_WORDS, longestWhole)
                && (count == 0
                        || (look & HAS_BANNER_WORD) != 0
                        || count <= Math.max(MAX_WORDS, longestWhole)
                                && ((look & (OPENS_ENTRY | CLOSES_ENTRY)) != 0
                                        || gluedBreadcrumb(s)));
    }

    /** Whether the key words {@code s[from1, to1)} and {@code s[from2, to2)} open an entry. */
    private boolean opensPair(
            String s, int from1, int to1, int hash1, int from2, int to2, int hash2) {
        int hash = hash1 * 31 + ' ';
        for (int i = from2; i < to2; i++) {
            hash *= 31; // the String hash of "first second"
        }
        return pairs.getFoldedPair(s, from1, to1, from2, to2, hash + hash2) >= 0;
    }

    /**
     * Whether a word of {@code runs} key words, the last of {@code role}, has as key a first word
     * of the {@code kind} ({@link #FIRST_WORD} or {@link #GLUED_FIRST}).
     */
    private boolean isFirstWordRole(int runs, int role, int kind) {
        return runs == 1 ? (role & kind) != 0 : runs == 0 && emptyFirstWord;
    }

    /** {@link #kind} in full: the line's key and its words looked up in every set. */
    private Kind lookUp(String line) {
        if (keyWords(line, Math.max(MAX_BANNER_WORDS, longestWhole) + 1)
                > Math.max(MAX_BANNER_WORDS, longestWhole)) {
            return Kind.NONE; // a paragraph: no entry is that long, and most lines are prose
        }
        String k = key(line);
        if (k.isEmpty()) {
            return line.isBlank() ? Kind.NONE : Kind.LINE; // only marks: "• • •", "|"
        }
        if (blocks.contains(k) || k.startsWith("more from ") && Words.count(k) <= 5) {
            return Kind.BLOCK;
        }
        if (pageEnds.contains(k)) {
            return Kind.END;
        }
        String[] w = k.split(" ");
        if (w.length > MAX_BANNER_WORDS) {
            return Kind.NONE;
        }
        for (String word : w) {
            if (words.contains(word)) {
                return Kind.LINE;
            }
        }
        // Long lines are prose; a loose entry must never swallow a paragraph.
        if (w.length > MAX_WORDS) {
            return Kind.NONE;
        }
        if (exact.contains(k) || gluedBreadcrumb(line)) {
            return Kind.LINE;
        }
        StringBuilder head = new StringBuilder();
        for (int n = 1; n <= Math.min(longest, w.length); n++) {
            head.append(n > 1 ? " " : "").append(w[n - 1]);
            String also = starts.get(head.toString());
            if (also != null && (also.isEmpty() || k.contains(" " + also))
                    || afterMark.contains(head.toString()) && markFollows(line, n)) {
                return Kind.LINE;
            }
            String tail = String.join(" ", java.util.Arrays.copyOfRange(w, w.length - n, w.length));
            if (ends.contains(tail)) {
                return Kind.LINE;
            }
        }
        return Kind.NONE;
    }

    /**
     * Whether a mark or the line's end follows its first {@code n} words ("Home > World",
     * "Related:").
     */
    private static boolean markFollows(String line, int n) {
        String l = line.strip();
        int i = 0;
        for (int w = 0; w < n; w++) {
            while (i < l.length() && !Character.isLetterOrDigit(l.charAt(i))) {
                i++;
            }
            while (i < l.length() && Character.isLetterOrDigit(l.charAt(i))) {
                i++;
            }
        }
        while (i < l.length() && l.charAt(i) == ' ') {
            i++;
        }
        return i >= l.length() || !Character.isLetterOrDigit(l.charAt(i));
    }

    /** "HomeEuropeEU and NATO...": a breadcrumb whose separators were lost. */
    private static boolean gluedBreadcrumb(String line) {
        return line.length() > 4
                && line.startsWith("Home")
                && Character.isUpperCase(line.charAt(4));
    }

    /**
     * {@code sentence} without the furniture a scraper glued into it ("Don't miss new updates on
     * your email Scroll to Top The EU said..." → "The EU said..."); "" if it is all furniture, as
     * "Monday, May 6, 2024 HomeEurope..." is.
     */
    String withoutGlued(String sentence) {
        String s = sentence.strip();
        return withoutGlued(s, scan(s, false));
    }

    /** {@link #withoutGlued} of a stripped {@code s}, given its {@link #scan}. */
    private String withoutGlued(String s, int scan) {
        int space = s.indexOf(' ');
        if ((scan & HAS_GLUED_FIRST) != 0 || isFirstWord(s, 0, space < 0 ? s.length() : space)) {
            return withoutGluedEntries(s);
        }
        // Nothing glued can be taken out, nor an entry opening s: all of s is furniture, or all
        // after an opening date, or none.
        int dateEnd = DATES.leadingDateEnd(s);
        if (dateEnd > 0 && dateEnd < s.length() && s.charAt(dateEnd) == ' ') {
            if ((scan & HAS_FIRST_WORD) != 0) {
                return withoutGluedEntries(s); // an entry may open what follows the date
            }
            return matches(s.substring(dateEnd + 1).strip()) ? "" : s;
        }
        return mayBe(s, scan) && lookUp(s) != Kind.NONE ? "" : s;
    }

    /** {@link #withoutGlued} of a stripped {@code s} in which an entry may be glued. */
    private String withoutGluedEntries(String s) {
        String original = withoutGluedPhrases(s);
        int dateEnd = DATES.leadingDateEnd(original);
        String rest =
                dateEnd > 0 && dateEnd < original.length() && original.charAt(dateEnd) == ' '
                        ? original.substring(dateEnd + 1).strip()
                        : original;
        boolean datePrefix = rest.length() < original.length();
        boolean removed = false;
        while (!rest.isEmpty()) {
            if (matches(rest)) {
                return "";
            }
            String shorter = withoutLeadingEntry(rest);
            if (shorter == null) {
                break;
            }
            rest = shorter;
            removed = true;
        }
        // A date opening a real sentence ("14 June 2021 was...") stays unless furniture followed
        // it.
        return removed || rest.isEmpty() ? rest : datePrefix ? original : rest;
    }

    /** {@code s} without a plain entry opening it, or null when none does. */
    private String withoutLeadingEntry(String s) {
        int space = s.indexOf(' ');
        if (!isFirstWord(s, 0, space < 0 ? s.length() : space)) {
            return null;
        }
        String[] w = s.split(" ");
        StringBuilder head = new StringBuilder();
        int best = 0;
        for (int n = 1; n < w.length && n <= longest; n++) {
            head.append(n > 1 ? " " : "").append(key(w[n - 1]));
            if (exact.contains(head.toString().strip())) {
                best = n;
            }
        }
        return best == 0
                ? null
                : String.join(" ", java.util.Arrays.copyOfRange(w, best, w.length)).strip();
    }

    /**
     * {@code s} (stripped) without entries of several words glued anywhere inside it; {@code s}
     * itself when it holds none. Words are what {@code s.split(" ")} gives, walked by index: a
     * phrase is keyed only where one of the {@link #firstWords} stands.
     */
    private String withoutGluedPhrases(String s) {
        if (glued.isEmpty()) {
            return s;
        }
        StringBuilder kept = null; // the words kept, once a phrase has been taken out
        boolean keptAny = false;
        int n = s.length();
        int from = 0;
        while (from <= n) {
            int space = s.indexOf(' ', from);
            int to = space < 0 ? n : space;
            int phraseEnd = isFirstWord(s, from, to) ? gluedPhraseEnd(s, from) : -1;
            if (phraseEnd >= 0) {
                if (kept == null) {
                    kept = new StringBuilder(n).append(s, 0, Math.max(0, from - 1));
                    keptAny = from > 0;
                }
                from = phraseEnd + 1;
                continue;
            }
            if (kept != null) {
                kept.append(keptAny ? " " : "").append(s, from, to);
                keptAny = true;
            }
            from = to + 1;
        }
        return kept == null ? s : kept.toString().strip();
    }

    /**
     * The end of the longest glued entry of {@value #MIN_WORDS_INSIDE} words or more starting with
     * the word at {@code from}, or -1.
     */
    private int gluedPhraseEnd(String s, int from) {
        StringBuilder phrase = new StringBuilder();
        int end = -1;
        int start = from;
        for (int n = 1; n <= longest; n++) {
            int space = s.indexOf(' ', start);
            int to = space < 0 ? s.length() : space;
            String part = key(s.substring(start, to));
            phrase.append(phrase.isEmpty() || part.isEmpty() ? "" : " ").append(part);
            String p = phrase.toString();
            if (!p.isEmpty() && !gluedPrefixes.contains(p)) {
                break; // no glued entry goes on from here
            }
            if (n >= MIN_WORDS_INSIDE && glued.contains(p)) {
                end = to;
            }
            if (space < 0) {
                break;
            }
            start = to + 1;
        }
        return end;
    }

    /** Whether the key of {@code s[from, to)} is one of the {@link #firstWords}. */
    private boolean isFirstWord(String s, int from, int to) {
        int runs = 0;
        int runStart = -1;
        int runEnd = -1;
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                if (i == from || !Character.isLetterOrDigit(s.charAt(i - 1))) {
                    if (++runs > 1) {
                        return false; // a key of two words: first words have one
                    }
                    runStart = i;
                }
                runEnd = i + 1;
            }
        }
        return runs == 0
                ? emptyFirstWord
                : (Math.max(0, roles.getFolded(s, runStart, runEnd)) & FIRST_WORD) != 0;
    }

    /**
     * How many words {@link #key} would give {@code line}, counting no further than {@code limit}.
     */
    private static int keyWords(String line, int limit) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length() && count < limit; i++) {
            boolean letter = Character.isLetterOrDigit(line.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    /** A line's lookup key: lower case, letters and digits only, single spaces. */
    static String key(String s) {
        return HeadlineChooser.key(s);
    }
}
