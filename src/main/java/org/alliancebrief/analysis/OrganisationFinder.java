package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.analysis.text.WordList;
import org.alliancebrief.codebook.ActorId;
import org.alliancebrief.codebook.ActorKind;
import org.alliancebrief.codebook.Codebook;

/**
 * Finds organisations the codebook lacks where the text plainly names one: a capitalised name whose
 * head is an organisation noun ("Romanian Intelligence Service", "Swedish Coast Guard"), or such a
 * noun followed by "of", "for" or "on" and a capitalised tail ("Constitutional Court of Romania",
 * "Center for American Security"); and an acronym defined in brackets after an organisation's name
 * ("the Romanian Intelligence Service (SRI)"), counted as that organisation where it recurs.
 */
final class OrganisationFinder {
    /** Words of a name at most: a longer capitalised run is a heading or a list, not a name. */
    private static final int MAX_WORDS = 10;

    /** Lower-case words that open a name's tail: "Committee of the Regions". */
    private static final Set<String> TAIL_OPENERS = Set.of("of", "for", "on");

    /** Short words that stay in lower case inside title-case headlines. */
    private static final Set<String> JOINING =
            Set.of("and", "the", "for", "with", "from", "into", "over", "upon");

    private final Codebook codebook;
    private final Lexicon lex = Lexicon.of("en");

    OrganisationFinder(Codebook codebook) {
        this.codebook = codebook;
    }

    /**
     * {@code known} (sorted by start) with the organisations found in the article's tokens added,
     * in text order; a codebook mention inside a longer organisation's name ("House of Lords" in
     * "House of Lords European Affairs Committee") gives way to it, except a country's
     * ("Constitutional Court of Romania").
     */
    List<Mention> addTo(TokenText tokens, List<Mention> known) {
        String text = tokens.text();
        Scan s = new Scan(text, tokens.all(), known);
        List<Mention> found = s.names();
        List<Mention> all = new ArrayList<>();
        for (Mention k : known) {
            if (!inside(k, found)) {
                all.add(k);
            }
        }
        all.addAll(found);
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    /** Whether a codebook mention other than a country's lies inside a name found here. */
    private static boolean inside(Mention k, List<Mention> found) {
        if (k.kind() == ActorKind.COUNTRY) {
            return false;
        }
        for (Mention f : found) {
            if (!f.inCodebook() && f.start() <= k.start() && k.end() <= f.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code w}, or its part before a hyphen ("ministry-led"), heads an organisation. */
    private boolean head(Token.Word w) {
        String lower = w.lower();
        int hyphen = lower.indexOf('-'); // not split(): asked of every capitalised word
        return lex.has(
                WordList.ORGANISATION_HEADS, hyphen < 0 ? lower : lower.substring(0, hyphen));
    }

    private boolean nameWord(Token t) {
        return tailWord(t) && !lex.table(WordList.HONORIFICS).containsKey(((Token.Word) t).lower());
    }

    /** A capitalised word; not "Kremlin-backed", whose second part is no name. */
    private boolean tailWord(Token t) {
        if (!(t instanceof Token.Word w) || !w.capitalised() || w.clitic()) {
            return false;
        }
        int hyphen = w.text().indexOf('-');
        return !lex.has(WordList.NOT_NAMES, w.text())
                && (hyphen < 0
                        || hyphen + 1 < w.text().length()
                                && !Character.isLowerCase(w.text().charAt(hyphen + 1)));
    }

    /** Whether the codebook knows {@code name} as a whole, by its name or an alias. */
    private boolean known(String name) {
        return codebook.findActors(name).stream()
                .anyMatch(h -> h.start() == 0 && h.end() == name.length());
    }

    /** "Russian" in "Russian Federal Service for ...": a state's adjective before a name. */
    private boolean demonym(Token.Word w) {
        return !codebook.scan(w.text()).demonyms().isEmpty();
    }

    /** Two to eight letters, at least two of them capitals and the first one: "SRI", "SatCen". */
    private static boolean acronym(String word) {
        if (word.length() < 2 || word.length() > 8 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            capitals += Character.isUpperCase(c) ? 1 : 0;
        }
        return capitals >= 2;
    }

    /** One article's tokens and the codebook mentions over them, read once. */
    private final class Scan {
        private final String text;
        private final List<Token> t;
        private final List<Mention> known;

        /** The index of the known mention covering each token, or -1. */
        private final int[] cover;

        private final Map<String, Mention> acronyms = new HashMap<>();

        /** Tokens of the acronyms in brackets, which define a name rather than use it again. */
        private final Set<Integer> definitions = new HashSet<>();

        private final Map<Integer, Boolean> headings = new HashMap<>();
        private Set<String> lowerWords;

        Scan(String text, List<Token> tokens, List<Mention> known) {
            this.text = text;
            this.t = tokens;
            this.known = known;
            this.cover = new int[t.size()];
            int m = 0;
            for (int k = 0; k < t.size(); k++) {
                while (m < known.size() && known.get(m).end() <= t.get(k).start()) {
                    m++;
                }
                cover[k] = m < known.size() && known.get(m).start() < t.get(k).end() ? m : -1;
            }
        }

        /** The names found, then the later uses of the acronyms defined after names. */
        List<Mention> names() {
            List<Mention> found = new ArrayList<>();
            int next = 0; // the first token of a known mention not yet looked at for an acronym
            for (int i = 0; i < t.size(); i++) {
                if (cover[i] >= next) {
                    Mention k = known.get(cover[i]);
                    next = cover[i] + 1;
                    if (k.kind() == ActorKind.ORGANISATION) {
                        defineAcronym(tokenAt(k.end(), i), k);
                    }
                }
                if (!(t.get(i) instanceof Token.Word w && w.capitalised() && head(w))) {
                    continue;
                }
                int end = tailEnd(i + 1);
                int start = leftEdge(i);
                if (start < i) {
                    start = trimmedStart(start);
                }
                if (start < i
                        && end > i + 1
                        && t.get(start) instanceof Token.Word d
                        && demonym(d)
                        && specific(start + 1, end, i)) {
                    // The official name is the one with a tail of its own ("Federal Service for
                    // Military-Technical Cooperation"); a portfolio every state has keeps its
                    // state ("Dutch Ministry of Defence").
                    start++;
                }
                Mention m = accept(start, end, i);
                if (m == null) {
                    m = possessed(start, end, i);
                }
                if (m != null) {
                    found.add(m);
                    defineAcronym(end, m);
                    i = end - 1;
                }
            }
            found.addAll(companies());
            found.addAll(acronymUses());
            return found;
        }

        /**
         * Companies named with a company noun ("the Finnish operator Elisa", "Nordlink, the owner
         * of the cable", "the largest shipbuilder, Kvarnholm,"): a name of one or two capitalised
         * words no other finder knows. A one-word name counts again where it recurs.
         */
        private List<Mention> companies() {
            List<Mention> found = new ArrayList<>();
            for (int k = 1; k < t.size(); k++) {
                if (!candidate(k) || k > 0 && adjacent(k - 1, k) && tailWord(t.get(k - 1))) {
                    continue;
                }
                int end = k + 1;
                if (end < t.size() && adjacent(k, end) && candidate(end)) {
                    end++;
                }
                if (end < t.size() && adjacent(end - 1, end) && tailWord(t.get(end))) {
                    continue; // a longer name: "Operator Nordic Cable Group Holdings"
                }
                int from = t.get(k).start();
                if (!(companyBefore(k) || companyAfter(end)) || heading(from) || media(k, end)) {
                    continue;
                }
                String name = text.substring(from, t.get(end - 1).end());
                Mention m = unlisted(name, from, t.get(end - 1).end());
                found.add(m);
                if (end == k + 1) {
                    acronyms.putIfAbsent(name, m); // its later uses count like an acronym's
                    definitions.add(k);
                }
                k = end - 1;
            }
            return found;
        }

        /** A capitalised word no codebook name covers that is no one's given name nor a state's. */
        private boolean candidate(int k) {
            return cover[k] < 0
                    && nameWord(t.get(k))
                    && t.get(k) instanceof Token.Word w
                    && !lex.has(WordList.GIVEN_NAMES, w.lower())
                    && !lex.has(WordList.TITLES, w.lower())
                    && !head(w)
                    && !demonym(w);
        }

        /** "operator Elisa", "shipbuilder, Kvarnholm,": a company noun right before token k. */
        private boolean companyBefore(int k) {
            if (adjacent(k - 1, k)) {
                return company(t.get(k - 1));
            }
            return k >= 2
                    && t.get(k - 1) instanceof Token.Punct comma
                    && comma.mark() == ','
                    && company(t.get(k - 2))
                    && t.get(k - 2).end() == comma.start();
        }

        /**
         * ", the owner of", ", a Finnish operator that", ", which owns the": a company noun or verb
         * in apposition.
         */
        private boolean companyAfter(int end) {
            if (end + 2 >= t.size()
                    || !(t.get(end) instanceof Token.Punct comma)
                    || comma.mark() != ','
                    || !(t.get(end + 1) instanceof Token.Word d)) {
                return false;
            }
            if (d.text().equals("which")) {
                return t.get(end + 2) instanceof Token.Word v
                        && lex.has(WordList.COMPANY_VERBS, v.lower());
            }
            if (!lex.has(WordList.DETERMINERS, d.lower())) {
                return false;
            }
            for (int j = end + 2; j < Math.min(t.size(), end + 8); j++) {
                if (!(t.get(j) instanceof Token.Word w)) {
                    return false;
                }
                if (company(w)) {
                    return true;
                }
            }
            return false;
        }

        private boolean company(Token token) {
            return token instanceof Token.Word w
                    && w.shape() == Token.Shape.LOWER
                    && lex.has(WordList.COMPANY_NOUNS, w.lower());
        }

        /** The first token at or after {@code offset}, looking from token {@code from}. */
        private int tokenAt(int offset, int from) {
            int k = from;
            while (k < t.size() && t.get(k).start() < offset) {
                k++;
            }
            return k;
        }

        /** Where the name ending in the head at {@code i} starts: capitalised words before it. */
        private int leftEdge(int i) {
            int j = i;
            while (j > 0 && i - j < MAX_WORDS && adjacent(j - 1, j)) {
                if (cover[j - 1] >= 0
                        && known.get(cover[j - 1]).kind() != ActorKind.PERSON
                        && known.get(cover[j - 1]).end() == t.get(j - 1).end()) {
                    j = firstOf(cover[j - 1], j - 1); // "House of Lords European Affairs ..."
                } else if (nameWord(t.get(j - 1))) {
                    j--;
                } else if (j >= 2
                        && t.get(j - 1) instanceof Token.Word and
                        && and.text().equals("and")
                        && nameWord(t.get(j - 2))
                        && cover[j - 2] < 0
                        && adjacent(j - 2, j - 1)) {
                    j -= 2; // "Economic and Social Committee", not "Lavrov and ..."
                } else {
                    break;
                }
            }
            return j;
        }

        /** The first token of the known mention {@code m}, which covers token {@code k}. */
        private int firstOf(int m, int k) {
            int j = k;
            while (j > 0 && cover[j - 1] == m) {
                j--;
            }
            return j;
        }

        /**
         * One past the name from token {@code e} on: further heads ("Joint Force Command") and
         * tails opened by "of", "for" or "on" ("Ministry of Foreign Affairs of Turkey").
         */
        private int tailEnd(int e) {
            int end = e;
            while (end < t.size()
                    && adjacent(end - 1, end)
                    && t.get(end) instanceof Token.Word w
                    && w.capitalised()
                    && head(w)) {
                end++;
            }
            while (end + 1 < t.size()
                    && adjacent(end - 1, end)
                    && t.get(end) instanceof Token.Word of
                    && TAIL_OPENERS.contains(of.text())) {
                int j = end + 1;
                if (t.get(j) instanceof Token.Word the && the.text().equals("the")) {
                    j++;
                }
                int words = 0;
                while (j < t.size() && adjacent(j - 1, j) && tailWord(t.get(j))) {
                    j++;
                    words++;
                    if (j + 1 < t.size()
                            && t.get(j) instanceof Token.Word and
                            && and.text().equals("and")
                            && adjacent(j - 1, j)
                            && tailWord(t.get(j + 1))) {
                        j++;
                    }
                }
                if (words == 0 || j - e > MAX_WORDS) {
                    break;
                }
                end = j;
            }
            return end;
        }

        /** "Cyprus News Agency": an outlet, which articles cite as a source, not as an actor. */
        private boolean media(int start, int end) {
            for (int k = start; k < end; k++) {
                if (t.get(k) instanceof Token.Word w && lex.has(WordList.MEDIA_WORDS, w.lower())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "told Anadolu Agency", "said in an interview with Defence Weekly": a name the codebook
         * does not know, told things or interviewing, is an outlet a speaker talked to, cited as a
         * source and not an actor.
         */
        private boolean listener(int start) {
            int k = start - 1;
            if (k >= 0 && lex.has(WordList.DETERMINERS, lowerAt(k))) {
                k--;
            }
            if (k < 0) {
                return false;
            }
            String before = lowerAt(k);
            if (lex.has(WordList.OBJECT_VERBS, before)) {
                return true;
            }
            String pair = k > 0 ? lowerAt(k - 1) + " " + before : "";
            return !pair.isEmpty() && lex.has(WordList.LISTENER_CUES, pair);
        }

        private String lowerAt(int k) {
            return t.get(k) instanceof Token.Word w ? w.lower() : "";
        }

        /** "Ukrainian Navy Strategy": the name is a document's or a plan's, not a body's. */
        private boolean thingFollows(int end) {
            return end < t.size()
                    && adjacent(end - 1, end)
                    && t.get(end) instanceof Token.Word w
                    && w.capitalised()
                    && lex.has(WordList.DOCUMENTS, w.lower());
        }

        /** Words {@code a} and {@code b} stand one space apart on one line. */
        private boolean adjacent(int a, int b) {
            int gap = t.get(b).start() - t.get(a).end();
            char c = text.charAt(t.get(a).end());
            return t.get(a) instanceof Token.Word
                    && t.get(b) instanceof Token.Word
                    && gap == 1
                    && (c == ' ' || c == '\u00a0');
        }

        /**
         * {@code start} past a sentence's first word when the article also writes that word in
         * lower case ("Yesterday Romanian Intelligence Service ...", "Defence Ministry officials").
         */
        private int trimmedStart(int start) {
            if (sentenceStart(start)
                    && t.get(start) instanceof Token.Word w
                    && lowerWords().contains(w.lower())) {
                return start + 1;
            }
            return start;
        }

        /** The mention of the name at tokens {@code [start, end)} with its head at {@code head}. */
        private Mention accept(int start, int end, int head) {
            if (end - start < 2 || end - start > MAX_WORDS) {
                return null;
            }
            int from = t.get(start).start();
            int to = t.get(end - 1).end();
            String name = text.substring(from, to).replaceAll("\\s+", " ");
            if (lex.has(WordList.NOT_ORGANISATIONS, name)
                    || media(start, end)
                    || listener(start)
                    || heading(from)
                    || known(name)
                    || thingFollows(end)
                    || !fromKnown(start, end)
                    || !specific(start, end, head)) {
                return null;
            }
            return unlisted(name, from, to);
        }

        /**
         * "Sweden's Coast Guard": a generic name owned by a country named just before it is that
         * state's body, named by the state's adjective ("Swedish Coast Guard") or, where the
         * codebook knows that name, by the codebook's ("Italy's Defence Ministry").
         */
        private Mention possessed(int start, int end, int head) {
            if (start < 2
                    || end - start > MAX_WORDS
                    || !(t.get(start - 1) instanceof Token.Word s)
                    || !s.clitic()
                    || s.lower().charAt(1) != 's'
                    || s.start() != t.get(start - 2).end()
                    || !adjacent(start - 1, start)
                    || cover[start - 2] < 0) {
                return null;
            }
            Mention country = known.get(cover[start - 2]);
            int from = t.get(start).start();
            int to = t.get(end - 1).end();
            if (country.kind() != ActorKind.COUNTRY
                    || country.end() != s.start()
                    || heading(from)
                    || media(start, end)
                    || thingFollows(end)
                    || covered(start, end)
                    || specific(start, end, head)) {
                return null;
            }
            var state = codebook.actor(country.id());
            if (state.isEmpty() || state.get().demonyms().isEmpty()) {
                return null;
            }
            String rest = text.substring(from, to).replaceAll("\\s+", " ");
            String name = state.get().demonyms().get(0) + " " + rest;
            List<String> owners = new ArrayList<>(state.get().demonyms());
            owners.add(state.get().name());
            owners.addAll(state.get().aliases());
            for (String owner : owners) {
                // "Italy's Defence Ministry", "America's National Security Council"
                Mention listed = listed(owner + " " + rest, from, to);
                if (listed != null) {
                    return listed;
                }
            }
            return unlisted(name, from, to);
        }

        /** An organisation the codebook does not list, named {@code name} at [from, to). */
        private static Mention unlisted(String name, int from, int to) {
            return new Mention(
                    new ActorId(PeopleFinder.slug(name)),
                    name,
                    ActorKind.ORGANISATION,
                    from,
                    to,
                    false);
        }

        /**
         * The codebook's organisation named {@code name} as a whole, placed at [from, to), or null.
         */
        private Mention listed(String name, int from, int to) {
            for (var hit : codebook.findActors(name)) {
                var entry = codebook.actor(hit.target());
                if (hit.start() == 0
                        && hit.end() == name.length()
                        && entry.isPresent()
                        && entry.get().kind() == ActorKind.ORGANISATION) {
                    return new Mention(
                            hit.target(), entry.get().name(), entry.get().kind(), from, to, true);
                }
            }
            return null;
        }

        /**
         * Whether a codebook mention covers a token of {@code [start, end)}: "MI5 Secret Service".
         */
        private boolean covered(int start, int end) {
            for (int k = start; k < end; k++) {
                if (cover[k] >= 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the codebook mentions in the name lie wholly inside it and none but a country's
         * ends it: "US Senate Armed Services Committee" is the codebook's committee.
         */
        private boolean fromKnown(int start, int end) {
            int from = t.get(start).start();
            int to = t.get(end - 1).end();
            for (int k = start; k < end; k++) {
                if (cover[k] >= 0) {
                    Mention m = known.get(cover[k]);
                    if (m.start() < from
                            || m.end() > to
                            || m.end() == to && m.kind() != ActorKind.COUNTRY) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * Whether the name says whose body it is: a word that is neither a head noun, a generic
         * modifier ("Foreign", "Intelligence") nor part of a codebook organisation or person, or a
         * head noun in its tail ("General Secretariat of the Council"). "MI5 Secret Service" says
         * no more than MI5.
         */
        private boolean specific(int start, int end, int head) {
            for (int k = start; k < end; k++) {
                if (!(t.get(k) instanceof Token.Word w) || !w.capitalised()) {
                    continue;
                }
                if (cover[k] >= 0
                        && (known.get(cover[k]).kind() != ActorKind.COUNTRY
                                || w.shape() == Token.Shape.UPPER)) {
                    continue; // "US Air Force" is the United States' air force
                }
                boolean generic =
                        head(w) && k <= head || lex.has(WordList.ORGANISATION_MODIFIERS, w.lower());
                if (!generic) {
                    return true;
                }
            }
            return false;
        }

        /** "Romanian Intelligence Service (SRI)": the acronym in brackets at token {@code at}. */
        private void defineAcronym(int at, Mention m) {
            if (at + 2 < t.size()
                    && t.get(at) instanceof Token.Punct open
                    && open.mark() == '('
                    && t.get(at + 1) instanceof Token.Word w
                    && acronym(w.text())
                    && cover[at + 1] < 0
                    && t.get(at + 2) instanceof Token.Punct close
                    && close.mark() == ')') {
                acronyms.putIfAbsent(w.text(), m);
                definitions.add(at + 1);
            }
        }

        /** Later uses of each defined acronym that no codebook name covers. */
        private List<Mention> acronymUses() {
            List<Mention> found = new ArrayList<>();
            if (acronyms.isEmpty()) {
                return found;
            }
            for (int k = 0; k < t.size(); k++) {
                if (cover[k] < 0 && !definitions.contains(k) && t.get(k) instanceof Token.Word w) {
                    Mention m = acronyms.get(w.text());
                    if (m != null && m.end() < w.start()) {
                        found.add(
                                new Mention(
                                        m.id(),
                                        m.name(),
                                        m.kind(),
                                        w.start(),
                                        w.end(),
                                        m.inCodebook()));
                    }
                }
            }
            return found;
        }

        /** Words the article writes in lower case somewhere. */
        private Set<String> lowerWords() {
            if (lowerWords == null) {
                lowerWords = new HashSet<>();
                for (Token token : t) {
                    if (token instanceof Token.Word w && w.shape() == Token.Shape.LOWER) {
                        lowerWords.add(w.lower());
                    }
                }
            }
            return lowerWords;
        }

        /** Whether token {@code k} opens a sentence or a line ("a quoted name" is a name). */
        private boolean sentenceStart(int k) {
            if (k == 0) {
                return true;
            }
            Token before = t.get(k - 1);
            return before instanceof Token.Punct p && (p.stop() || p.mark() == ':')
                    || text.substring(before.end(), t.get(k).start()).indexOf('\n') >= 0;
        }

        /**
         * Whether the line holding {@code offset} is a heading, a title-case headline or a byline:
         * no lower-case word of three letters or more but joining words, three times as many
         * capitalised words as lower-case ones, or a line opening with "By".
         */
        private boolean heading(int offset) {
            return headings.computeIfAbsent(text.lastIndexOf('\n', offset) + 1, this::titleCase);
        }

        private boolean titleCase(int from) {
            int to = text.indexOf('\n', from);
            String line = text.substring(from, to < 0 ? text.length() : to).strip();
            if (line.startsWith("By ")) {
                return true;
            }
            int capitalised = 0;
            int lowerCase = 0;
            for (String word : line.split("[^\\p{L}'’-]+")) {
                if (word.length() < 3 || JOINING.contains(word.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (Character.isUpperCase(word.charAt(0))) {
                    capitalised++;
                } else if (Character.isLowerCase(word.charAt(0))) {
                    lowerCase++;
                }
            }
            return lowerCase == 0 || capitalised > 3 * lowerCase;
        }
    }
}
