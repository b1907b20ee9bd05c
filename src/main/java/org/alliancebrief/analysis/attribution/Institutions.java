package org.alliancebrief.analysis.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.alliancebrief.codebook.ActorEntry;
import org.alliancebrief.codebook.ActorKind;
import org.alliancebrief.codebook.Codebook;

/**
 * "the ministry said", "the alliance said": a definite institution noun stands for the last
 * organisation named before it whose name has that noun ("Russia's Defence Ministry"; NATO, by its
 * alias "North Atlantic Alliance"). The codebook's names and aliases say which words an
 * organisation's names hold; an organisation it lacks has the words of the name the text gives.
 * Thread-safe; {@link #in} makes the look-up of one article.
 */
final class Institutions {
    /** How many organisations back a look-up goes: a description points to a recent name. */
    private static final int REACH = 30;

    /** The lower-case words of each codebook organisation's name and aliases, by id. */
    private final Map<String, Set<String>> words = new HashMap<>();

    Institutions(Codebook codebook) {
        for (ActorEntry a : codebook.actors()) {
            if (a.kind() == ActorKind.ORGANISATION) {
                Set<String> w = new HashSet<>();
                addWords(a.name(), w);
                a.aliases().forEach(alias -> addWords(alias, w));
                words.put(a.id().value(), Set.copyOf(w));
            }
        }
    }

    /** The look-up for one article; {@code actors} sorted by start. */
    Scope in(List<KnownActor> actors) {
        List<KnownActor> organisations = new ArrayList<>();
        for (KnownActor a : actors) {
            if (a.kind().equals("organisation")) {
                organisations.add(a);
            }
        }
        return new Scope(organisations);
    }

    /** One article's organisations, in text order. */
    final class Scope {
        private final List<KnownActor> organisations;

        private Scope(List<KnownActor> organisations) {
            this.organisations = organisations;
        }

        /** The last organisation named before {@code offset} whose name has {@code noun}. */
        KnownActor before(int offset, String noun) {
            int i = lastBefore(offset);
            for (int seen = 0; i >= 0 && seen < REACH; i--, seen++) {
                KnownActor a = organisations.get(i);
                Set<String> names = words.get(a.id());
                if (names != null ? names.contains(noun) : hasWord(a.name(), noun)) {
                    return a;
                }
            }
            return null;
        }

        /** The index of the last organisation starting before {@code offset}, or -1. */
        private int lastBefore(int offset) {
            int lo = 0;
            int hi = organisations.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (organisations.get(mid).start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo - 1;
        }
    }

    private static void addWords(String name, Set<String> into) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                into.add(w);
            }
        }
    }

    private static boolean hasWord(String name, String noun) {
        Set<String> w = new HashSet<>();
        addWords(name, w);
        return w.contains(noun);
    }
}
