package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The articles a bounded run holds, in source order, each with its number in the source list (1 =
 * the first read): those some retention key still counts among its first articles, with what those
 * keys can cite (evidence and quotations, {@link ArticleFindings#forCitation}, when an area or
 * theme counts it; else the quotations of the speakers that count it, {@link
 * ArticleFindings#quotationsOf}); the others without detail while at most {@link
 * Retention#listedUpTo} articles are read, and not at all beyond that.
 */
final class RetainedArticles {
    private final Retention retention;
    private int read;
    private int lastIndex;
    private int[] numbers = new int[64];
    private final List<ArticleFindings> entries = new ArrayList<>();

    /** Per key, the sorted numbers of the articles it keeps (at most perKey or perSpeaker). */
    private final Map<String, int[]> firstByKey = new HashMap<>();

    private int kept;

    RetainedArticles(Retention retention) {
        this.retention = retention;
    }

    void add(int index, ArticleFindings f) {
        if (read > 0 && index <= lastIndex) {
            throw new IllegalArgumentException("articles must be added in source order");
        }
        lastIndex = index;
        int number = ++read;
        if (retention.keepsAll()) {
            append(number, f);
            kept++;
            return;
        }
        Set<String> speakers = new TreeSet<>();
        boolean citable = claim(number, f, speakers);
        if (citable || !speakers.isEmpty()) {
            append(number, citable ? f.forCitation() : f.quotationsOf(speakers));
            kept++;
        } else if (read <= retention.listedUpTo()) {
            append(number, f.withoutDetail());
        }
        if (read > retention.listedUpTo() && kept < entries.size()) {
            settle(); // past the listed ones (once): their details are no longer needed
        }
    }

    /**
     * Counts the article under each of its keys that still has room. Whether an area or theme key
     * counts it; the speakers whose keys count it go into {@code speakers}.
     */
    private boolean claim(int number, ArticleFindings f, Set<String> speakers) {
        boolean citable = false;
        for (String key : CorpusAccumulator.keys(f, retention)) {
            int[] first = firstByKey.get(key);
            if (first == null || first.length < room(key)) {
                firstByKey.put(key, append(first, number));
                Optional<String> speaker = speaker(key);
                speaker.ifPresent(speakers::add);
                citable |= speaker.isEmpty();
            }
        }
        return citable;
    }

    private int room(String key) {
        return key.startsWith("s ") ? retention.perSpeaker() : retention.perKey();
    }

    /** The speaker of a key by speaker ("s NAME") or topic and speaker ("q TOPIC NAME"). */
    private static Optional<String> speaker(String key) {
        if (key.startsWith("s ")) {
            return Optional.of(key.substring(2));
        }
        if (key.startsWith("q ")) {
            return Optional.of(key.substring(key.indexOf(' ', 2) + 1)); // ids: no spaces
        }
        return Optional.empty();
    }

    private void append(int number, ArticleFindings f) {
        if (entries.size() == numbers.length) {
            numbers = Arrays.copyOf(numbers, numbers.length * 2);
        }
        numbers[entries.size()] = number;
        entries.add(f);
    }

    private static int[] append(int[] first, int number) {
        if (first == null) {
            return new int[] {number};
        }
        int[] longer = Arrays.copyOf(first, first.length + 1);
        longer[first.length] = number;
        return longer;
    }

    /**
     * Adds {@code later}'s articles (all after these, numbered on from them) and keeps per key the
     * first articles.
     */
    void merge(RetainedArticles later) {
        int offset = read;
        for (int i = 0; i < later.entries.size(); i++) {
            append(later.numbers[i] + offset, later.entries.get(i));
        }
        read += later.read;
        lastIndex = later.read > 0 ? later.lastIndex : lastIndex;
        if (retention.keepsAll()) {
            kept += later.kept;
            return;
        }
        later.firstByKey.forEach(
                (key, theirs) -> {
                    int[] shifted = Arrays.stream(theirs).map(n -> n + offset).toArray();
                    int[] mine = firstByKey.get(key);
                    int[] both = mine == null ? shifted : concat(mine, shifted);
                    firstByKey.put(
                            key, both.length > room(key) ? Arrays.copyOf(both, room(key)) : both);
                });
        settle();
    }

    /**
     * Keeps the articles some key still counts, with what those keys can cite (a key counts an
     * article after a merge only if it counted it before, so an article only ever loses detail);
     * the others without detail while the source list names every article, else drops them.
     */
    private void settle() {
        BitSet citable = new BitSet();
        Map<Integer, Set<String>> speakers = new HashMap<>();
        firstByKey.forEach(
                (key, first) -> {
                    for (int n : first) {
                        speaker(key)
                                .ifPresentOrElse(
                                        s ->
                                                speakers.computeIfAbsent(n, x -> new TreeSet<>())
                                                        .add(s),
                                        () -> citable.set(n));
                    }
                });
        boolean listed = read <= retention.listedUpTo();
        int held = 0;
        kept = 0;
        for (int i = 0; i < entries.size(); i++) {
            int n = numbers[i];
            ArticleFindings f = entries.get(i);
            if (citable.get(n)) {
                kept++;
            } else if (speakers.containsKey(n)) {
                f = f.quotationsOf(speakers.get(n));
                kept++;
            } else if (listed) {
                f = f.withoutDetail();
            } else {
                continue;
            }
            numbers[held] = n;
            entries.set(held, f);
            held++;
        }
        entries.subList(held, entries.size()).clear();
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both; // a's numbers all come before b's: still sorted
    }

    /** The articles held, by their number in the source list. */
    SortedMap<Integer, ArticleFindings> held() {
        SortedMap<Integer, ArticleFindings> held = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            held.put(numbers[i], entries.get(i));
        }
        return held;
    }

    /** Articles added: the length of the source list. */
    int read() {
        return read;
    }

    /** Articles held because a key counts them. */
    int kept() {
        return kept;
    }
}
