package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alliancebrief.analysis.attribution.Affiliation;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.analysis.text.WordList;
import org.alliancebrief.codebook.ActorEntry;
import org.alliancebrief.codebook.ActorId;
import org.alliancebrief.codebook.ActorKind;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.corpus.Words;

/**
 * Finds people on tokens: names the codebook lacks but the text plainly gives — after a title or
 * honorific ("Defence Minister Jana Novak", "Mr Smith"), beside a reporting verb ("said Anna
 * Kowalski", "Jana Novak said"), before an apposition with a title ("Jana Novak, a former
 * official,") — and the later mentions by surname of everyone introduced, codebook people too.
 */
final class PeopleFinder {
    /** Lower-case particles inside a name: "Ursula von der Leyen". */
    private static final java.util.Set<String> PARTICLES =
            java.util.Set.of(
                    "von", "van", "der", "den", "de", "da", "di", "del", "du", "la", "le", "bin",
                    "al", "ter", "dos");

    private static final int MAX_NAME = 4;

    /** How many words before a comma a role noun may stand and still be apposed to the name. */
    private static final int ROLE_REACH = 8;

    /** Capitalised words that are no part of a name: "Minister", "Mr", "Monday". */
    private static final long NOT_NAME_WORDS =
            WordList.NOT_NAMES.bit() | WordList.TITLES.bit() | WordList.HONORIFICS.bit();

    private final Codebook codebook;
    private final Lexicon lex = Lexicon.of("en");

    /**
     * Codebook people by surname; where several share one, the one the codebook lists first (its
     * order puts the alliance's own office holders before the others).
     */
    private final Map<String, ActorEntry> bySurname = new HashMap<>();

    PeopleFinder(Codebook codebook) {
        this.codebook = codebook;
        for (ActorEntry a : codebook.actors()) {
            if (a.kind() == ActorKind.PERSON) {
                bySurname.putIfAbsent(plain(surname(a.name())), a);
            }
        }
    }

    /**
     * Mentions of people not overlapping {@code known}: new names and later surnames. Each step is
     * a method of its own: one method holding all the loops was compiled again and again.
     */
    List<Mention> find(TokenText tokens, List<Mention> unsorted) {
        List<Mention> known = new ArrayList<>(unsorted);
        known.sort(java.util.Comparator.comparingInt(Mention::start));
        String text = tokens.text();
        List<Token> t = tokens.all();
        boolean[] taken = taken(t, known);
        Map<String, Mention> people = knownPeople(known); // by surname: who it means here
        List<Mention> found = new ArrayList<>();
        NameRuns runs = new NameRuns(lex);
        LowerWords lower = new LowerWords();
        for (int k = 0; k < t.size(); k++) {
            int end = nameEnd(text, t, k, taken);
            int[] run = end - k == 1 && !taken[k] && reports(t, k) ? runs.endedBy(t, k) : null;
            if (run != null
                    && bySurname.get(plain(((Token.Word) t.get(k)).text())) == null
                    && !people.containsKey(plain(((Token.Word) t.get(k)).text()))
                    && plausible(name(text, t, run[0], run[1]))) {
                // "Novak wrote" after "the ambassador to the EU Jana Novak": a full name then.
                add(person(text, t, run[0], run[1]), run[0], run[1], found, people, taken);
                continue; // the surname itself is found as a later mention below
            }
            int given = end - k >= 3 ? afterPortfolio(t, k, end) : -1;
            if (given > k && plausible(name(text, t, given, end))) {
                // "Minister for European Relations Nick Thomas-Symonds": the name after the office
                add(person(text, t, given, end), given, end, found, people, taken);
                k = end - 1;
            } else if (end - k >= 2 && !introduced(text, t, k, end)) {
                runs.add(t, k, end);
            } else if (end - k >= 2) {
                String name = name(text, t, k, end);
                if (plausible(name)) {
                    add(person(text, t, k, end), k, end, found, people, taken);
                    k = end - 1;
                }
            } else if (end - k == 1 && !taken[k]) {
                Mention p =
                        reports(t, k)
                                ? reportingSurname(text, t, k, people, lower)
                                : titledSurnameAfterVerb(text, t, k, people, lower);
                if (p != null) {
                    add(p, k, k + 1, found, people, taken);
                }
            }
        }
        addSurnames(t, taken, people, found);
        found.sort(java.util.Comparator.comparingInt(Mention::start));
        return withoutHeadlineGuesses(tokens, found);
    }

    /** Which tokens of {@code t} a mention in {@code known} (sorted by start) overlaps. */
    private static boolean[] taken(List<Token> t, List<Mention> known) {
        boolean[] taken = new boolean[t.size()];
        int m = 0;
        for (int k = 0; k < t.size(); k++) {
            while (m < known.size() && known.get(m).end() <= t.get(k).start()) {
                m++;
            }
            taken[k] = m < known.size() && known.get(m).start() < t.get(k).end();
        }
        return taken;
    }

    /** The people of {@code known} by surname; null for a surname two of them share. */
    private static Map<String, Mention> knownPeople(List<Mention> known) {
        Map<String, Mention> people = new LinkedHashMap<>();
        for (Mention k : known) {
            if (k.person()) {
                people.merge(
                        plain(surname(k.name())), k, (a, b) -> a.id().equals(b.id()) ? a : null);
            }
        }
        return people;
    }

    /** Adds {@code p}, found on tokens {@code [from, to)}, and marks them taken. */
    private static void add(
            Mention p,
            int from,
            int to,
            List<Mention> found,
            Map<String, Mention> people,
            boolean[] taken) {
        found.add(p);
        people.putIfAbsent(plain(surname(p.name())), p);
        for (int j = from; j < to; j++) {
            taken[j] = true;
        }
    }

    /**
     * The person a lone surname before a reporting verb names, or null: one the codebook knows by
     * that surname ("Rasmussen told reporters"), or one whose rank or office stands before it
     * ("Lieutenant General Novak, deputy chairman, said").
     */
    private Mention reportingSurname(
            String text, List<Token> t, int k, Map<String, Mention> people, LowerWords lower) {
        ActorEntry a = bySurname.get(plain(((Token.Word) t.get(k)).text()));
        if (a != null) {
            return people.containsKey(plain(surname(a.name())))
                    ? null
                    : codebookPerson(a, t.get(k));
        }
        if (titledSurname(text, t, k, people, lower)) {
            return newOrMisspelt(text, t, k, people);
        }
        return t.get(k) instanceof Token.Word w && w.capitalised() && lex.lists(w.lower()) == 0
                ? misspelt(t.get(k), people)
                : null; // "Szijarto said" after Péter Szijjártó
    }

    /**
     * The person of lone titled surname {@code k} that no one here bears: someone named before
     * whose surname it misspells by one letter ("Minister Szijarto" after Péter Szijjártó), else a
     * new person.
     */
    private static Mention newOrMisspelt(
            String text, List<Token> t, int k, Map<String, Mention> people) {
        Mention p = misspelt(t.get(k), people);
        return p != null ? p : person(text, t, k, k + 1);
    }

    /** The person named before whose surname word {@code w} misspells by one letter, or null. */
    private static Mention misspelt(Token w, Map<String, Mention> people) {
        String plain = plain(((Token.Word) w).text());
        if (plain.length() < MISSPELT_MIN) {
            return null;
        }
        for (Map.Entry<String, Mention> e : people.entrySet()) {
            Mention p = e.getValue();
            if (p != null
                    && p.start() < w.start()
                    && e.getKey().length() >= MISSPELT_MIN
                    && e.getKey().charAt(0) == plain.charAt(0)
                    && FuzzyNames.distance(e.getKey(), plain) == 1) {
                return new Mention(
                        p.id(), p.name(), ActorKind.PERSON, w.start(), w.end(), p.inCodebook());
            }
        }
        return null;
    }

    /** The fewest letters of a surname whose one-letter misspelling still names its bearer. */
    private static final int MISSPELT_MIN = 6;

    /** The person of a surname after a title after a reporting verb ("said Admiral Novak"). */
    private Mention titledSurnameAfterVerb(
            String text, List<Token> t, int k, Map<String, Mention> people, LowerWords lower) {
        if (!titledSurname(text, t, k, people, lower)) {
            return null;
        }
        ActorEntry a = bySurname.get(plain(((Token.Word) t.get(k)).text()));
        if (a == null) {
            return newOrMisspelt(text, t, k, people);
        }
        return people.containsKey(plain(surname(a.name()))) ? null : codebookPerson(a, t.get(k));
    }

    private static Mention codebookPerson(ActorEntry a, Token surname) {
        return new Mention(
                a.id(), a.name(), ActorKind.PERSON, surname.start(), surname.end(), true);
    }

    /**
     * Adds each capitalised word that is the surname of a person found before it, or of one named
     * in full later when a reporting verb follows the surname ("“…,” Novak said." above "Prime
     * Minister Jana Novak told reporters").
     */
    private void addSurnames(
            List<Token> t, boolean[] taken, Map<String, Mention> people, List<Mention> found) {
        for (int k = 0; k < t.size(); k++) {
            if (!taken[k] && t.get(k) instanceof Token.Word w && w.capitalised()) {
                Mention p = people.get(plain(w.text()));
                if (p != null && (p.start() < w.start() || reports(t, k))) {
                    found.add(
                            new Mention(
                                    p.id(),
                                    p.name(),
                                    ActorKind.PERSON,
                                    w.start(),
                                    w.end(),
                                    p.inCodebook()));
                }
            }
        }
    }

    /**
     * {@code found} without the names guessed from a headline in title case that the story never
     * names again and that open with no given name: there every word is capitalised, so "Official
     * Group Picture" reads like a name and is none. A name the codebook knows stays.
     */
    private List<Mention> withoutHeadlineGuesses(TokenText tokens, List<Mention> found) {
        if (tokens.paragraphs().isEmpty()
                || !tokens.paragraphs().get(0).titleCase(MIN_TITLE_WORDS, TITLE_SHARE)) {
            return found;
        }
        String text = tokens.text();
        int headlineEnd = tokens.paragraphs().get(0).span().end();
        List<Mention> kept = new ArrayList<>(found.size());
        for (Mention m : found) {
            boolean guess = m.start() < headlineEnd && !m.inCodebook();
            if (guess) {
                String first = m.name().substring(0, Math.max(0, m.name().indexOf(' ')));
                guess =
                        !lex.has(WordList.GIVEN_NAMES, first)
                                && text.indexOf(surname(m.name()), headlineEnd) < 0;
            }
            if (!guess) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** The fewest longer words a headline needs before its case says anything. */
    private static final int MIN_TITLE_WORDS = 4;

    /** The share of capitalised longer words above which a headline is in title case. */
    private static final double TITLE_SHARE = 0.74;

    private static String name(String text, List<Token> t, int from, int end) {
        return text.substring(t.get(from).start(), t.get(end - 1).end()).replaceAll("\\s+", " ");
    }

    /** A person the codebook lacks, named by tokens {@code [from, end)}. */
    private static Mention person(String text, List<Token> t, int from, int end) {
        String name = name(text, t, from, end);
        return new Mention(
                new ActorId(slug(name)),
                name,
                ActorKind.PERSON,
                t.get(from).start(),
                t.get(end - 1).end(),
                false);
    }

    /** One past the last token of the name that starts at {@code k}; {@code k} if none. */
    private int nameEnd(String text, List<Token> t, int k, boolean[] taken) {
        int j = k;
        int words = 0;
        while (j < t.size()
                && words < MAX_NAME
                && !taken[j]
                && t.get(j) instanceof Token.Word w
                && !w.clitic()
                && (j == k || !lineBreak(text, t.get(j - 1), w))) {
            if (nameWord(w, j == k)) {
                words++;
                j++;
            } else if (j > k
                    && PARTICLES.contains(w.text())
                    && j + 1 < t.size()
                    && t.get(j + 1) instanceof Token.Word n
                    && nameWord(n, false)) {
                j++;
            } else {
                break;
            }
        }
        return words == 0 ? k : j;
    }

    /**
     * Whether a line break stands between two tokens: a name never runs from a headline into the
     * lead ("… Official Group Picture ¶ Arriving in Brussels"). The gap is a space or two.
     */
    private static boolean lineBreak(String text, Token a, Token b) {
        for (int i = a.end(); i < b.start(); i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private boolean nameWord(Token.Word w, boolean first) {
        // The case first: most words are lower case, and they need no look-up.
        if (!w.capitalised()) {
            return false;
        }
        // A token has no space, so its honorific bit is the table's key ("mr"), not a line.
        long lists = lex.lists(w.lower());
        if ((lists & NOT_NAME_WORDS) != 0) {
            return false;
        }
        // A headline's verb in title case ("Alliance Chief Urges Closer Work"): a reporting verb
        // in its present form is no word of a name, unless it is a given name too.
        if (WordList.REPORTING_VERBS.in(lists)
                && !WordList.GIVEN_NAMES.in(lists)
                && w.lower().endsWith("s")) {
            return false;
        }
        // Upper-case words are acronyms ("NATO"), except initials opening a name ("JD Vance").
        return w.shape() != Token.Shape.UPPER || first && w.text().length() <= 2;
    }

    /**
     * Whether the text plainly introduces the name at {@code [k, end)} as a person: after a title
     * or honorific, or, when it opens with a given name ("Komsomolskaya Pravda reported" does not),
     * beside a reporting verb, in apposition to a role or signing the quotation above.
     */
    private boolean introduced(String text, List<Token> t, int k, int end) {
        Token.Word before = wordBefore(t, k);
        if (before != null
                && (lex.has(WordList.TITLES, titleKey(t, k, before))
                        || lex.table(WordList.HONORIFICS).containsKey(before.lower()))) {
            return true;
        }
        if (!givenName((Token.Word) t.get(k))) {
            return false;
        }
        if (before != null
                && (lex.has(WordList.REPORTING_VERBS, before.text())
                                && !lex.has(WordList.OBJECT_VERBS, before.text())
                        || before.lower().equals("to")
                                && k > 1
                                && t.get(k - 2) instanceof Token.Word a
                                && a.lower().equals("according"))) {
            return true;
        }
        return reports(t, end - 1)
                || apposition(t, end)
                || afterRole(t, k)
                || signature(text, t, k, end);
    }

    /**
     * "— Jana Novak, Minister of Defence" below a paragraph that ends a quotation: the name opens
     * its own paragraph, perhaps after a dash, and a comma or the paragraph's end follows it.
     */
    private static boolean signature(String text, List<Token> t, int k, int end) {
        int b = k - 1;
        while (b >= 0
                && t.get(b) instanceof Token.Punct dash
                && "\u2014\u2013-".indexOf(dash.mark()) >= 0) {
            b--;
        }
        if (b < 0
                || !(t.get(b) instanceof Token.QuoteMark q && q.direction() != Token.Direction.OPEN)
                || !breaksParagraph(text, t.get(b).end(), t.get(b + 1).start())) {
            return false;
        }
        return end == t.size()
                || (t.get(end) instanceof Token.Punct c && c.mark() == ',')
                || breaksParagraph(text, t.get(end - 1).end(), t.get(end).start());
    }

    /** Whether a blank line stands in {@code text} between {@code from} and {@code to}. */
    private static boolean breaksParagraph(String text, int from, int to) {
        int nl = text.indexOf('\n', from);
        return nl >= 0
                && nl < to
                && text.indexOf('\n', nl + 1) >= 0
                && text.indexOf('\n', nl + 1) < to;
    }

    /**
     * Whether the lone capitalised word at {@code k} is a surname after a capitalised title
     * ("Admiral Novak", "Lt. Gen. Novak"), a word no list of the lexicon knows, no acronym, not the
     * surname of someone already named here, and said to speak: a reporting verb follows it or
     * stands before the title ("said Admiral Novak").
     */
    private boolean titledSurname(
            String text, List<Token> t, int k, Map<String, Mention> people, LowerWords lower) {
        Token.Word w = (Token.Word) t.get(k);
        Token.Word title = wordBefore(t, k);
        if (title == null
                || !title.capitalised()
                || !lex.has(WordList.TITLES, titleKey(t, k, title))
                || w.shape() == Token.Shape.UPPER
                || lex.lists(w.lower()) != 0
                || people.containsKey(plain(w.text()))
                || !plausible(w.text())
                || breaksParagraph(text, t.get(k - 1).start(), w.start())) {
            return false;
        }
        // A word the text also writes in lower case, or the plural of one, is a common noun in a
        // glued heading ("High Representative Meetings concluded"), no surname.
        String f = w.lower();
        boolean common =
                lower.has(t, f)
                        || (f.endsWith("s") && lower.has(t, f.substring(0, f.length() - 1)));
        return (reports(t, k) || reportedBefore(t, k)) && !common;
    }

    /** The words a text writes in lower case, gathered once on the first question. */
    private static final class LowerWords {
        private java.util.Set<String> words;

        boolean has(List<Token> t, String folded) {
            if (words == null) {
                words = new java.util.HashSet<>();
                for (Token x : t) {
                    if (x instanceof Token.Word w && !w.capitalised()) {
                        words.add(w.lower());
                    }
                }
            }
            return words.contains(folded);
        }
    }

    /** The title's lexicon key: "Gen." with its dot, "Admiral" without. */
    private static String titleKey(List<Token> t, int k, Token.Word title) {
        boolean dot = t.get(k - 1) instanceof Token.Punct p && p.mark() == '.';
        return dot ? title.text() + "." : title.text();
    }

    /** A reporting verb before the run of titles that ends at token {@code k - 1}. */
    private boolean reportedBefore(List<Token> t, int k) {
        for (int j = k - 1; j >= Math.max(0, k - ROLE_REACH); j--) {
            if (t.get(j) instanceof Token.Punct dot && dot.mark() == '.') {
                continue;
            }
            if (!(t.get(j) instanceof Token.Word w)) {
                return false;
            }
            if (!w.capitalised()) {
                return lex.has(WordList.REPORTING_VERBS, w.text())
                        && !lex.has(WordList.OBJECT_VERBS, w.text())
                        && !w.lower().endsWith("ing");
            }
        }
        return false;
    }

    /** The word before token {@code k}, past an abbreviation's dot ("Gen. Jana Novak"). */
    private static Token.Word wordBefore(List<Token> t, int k) {
        int b = k - 1;
        if (b > 0 && t.get(b) instanceof Token.Punct dot && dot.mark() == '.') {
            b--;
        }
        return b >= 0 && t.get(b) instanceof Token.Word w ? w : null;
    }

    /**
     * Where the name starts in a run of capitalised words that goes on an office's portfolio
     * ("Minister for European Relations Nick Thomas-Symonds", "Minister of State for Defence Paul
     * Hartley"): the index of the first given name after the portfolio's words, when a title and
     * its "for" or "of" stand right before the run; else -1. A surname must follow the given name.
     */
    private int afterPortfolio(List<Token> t, int k, int end) {
        if (!(wordBefore(t, k) instanceof Token.Word prep
                && (prep.lower().equals("for") || prep.lower().equals("of"))
                && titledPortfolio(t, k - 2))) {
            return -1;
        }
        for (int g = k + 1; g < end - 1; g++) {
            if (givenName((Token.Word) t.get(g))) {
                return g;
            }
        }
        return -1;
    }

    /**
     * Whether a title stands at {@code b} or a few words before it, past the capitalised words and
     * prepositions of a longer office ("Minister of State" before "for Defence").
     */
    private boolean titledPortfolio(List<Token> t, int b) {
        for (int j = b; j >= Math.max(0, b - PORTFOLIO_REACH); j--) {
            if (!(t.get(j) instanceof Token.Word w)) {
                return false;
            }
            if (w.capitalised() && lex.has(WordList.TITLES, w.lower())) {
                return true;
            }
            if (!w.capitalised() && !w.lower().equals("of") && !w.lower().equals("for")) {
                return false;
            }
        }
        return false;
    }

    /** How many words a longer office may have before its last "for" or "of". */
    private static final int PORTFOLIO_REACH = 4;

    /** A given name of the lexicon, or initials ("JD", "J.") that stand for one. */
    private boolean givenName(Token.Word w) {
        String first = w.text().split("-", 2)[0]; // "Jean-Claude"
        return lex.has(WordList.GIVEN_NAMES, first)
                || w.shape() == Token.Shape.UPPER && w.text().length() <= 2;
    }

    /** "the US ambassador to NATO, Jana Novak,": a name in apposition to a role noun. */
    private boolean afterRole(List<Token> t, int k) {
        if (k < 2 || !(t.get(k - 1) instanceof Token.Punct c && c.mark() == ',')) {
            return false;
        }
        // The role may carry a short tail: "a retired general in the Danish army, Jana Novak,".
        for (int j = k - 2; j >= Math.max(0, k - ROLE_REACH); j--) {
            if (t.get(j) instanceof Token.Word w
                    && !w.capitalised()
                    && lex.has(WordList.TITLES, w.text())) {
                return true;
            }
            if (!(t.get(j) instanceof Token.Word)) {
                return false;
            }
        }
        return false;
    }

    /** A reporting verb right after token {@code last}, past fillers and a comma aside. */
    private boolean reports(List<Token> t, int last) {
        int j = Affiliation.end(t, last + 1);
        while (j < t.size()
                && t.get(j) instanceof Token.Word w
                && lex.has(WordList.VERB_FILLERS, w.text())) {
            j++;
        }
        if (j < t.size()
                && t.get(j) instanceof Token.Punct c
                && c.mark() == ','
                && j + 1 < t.size()
                && t.get(j + 1) instanceof Token.Word open
                && (open.capitalised()
                        || open.lower().equals("who")
                        || lex.table(WordList.DETERMINERS).containsKey(open.lower())
                        || lex.has(WordList.TITLES, open.text()))) {
            // An apposition or relative clause: ", a former official," / ", who ...,".
            for (int e = j + 1; e < Math.min(t.size(), j + 16); e++) {
                if (t.get(e) instanceof Token.Punct c2 && c2.mark() == ',') {
                    j = e + 1;
                    break;
                }
                if (!(t.get(e) instanceof Token.Word
                        || t.get(e) instanceof Token.Number
                        || t.get(e) instanceof Token.Punct b && "()-&/".indexOf(b.mark()) >= 0)) {
                    return false; // "General Manager of the Example (EXA) Agency" reads on
                }
            }
        }
        return j < t.size()
                && t.get(j) instanceof Token.Word v
                && !v.capitalised()
                && lex.has(WordList.REPORTING_VERBS, v.text())
                && !v.lower().endsWith("ing");
    }

    /** "Jana Novak, a former NATO official,": an apposition headed by a title noun. */
    private boolean apposition(List<Token> t, int end) {
        if (end + 2 >= t.size()
                || !(t.get(end) instanceof Token.Punct c && c.mark() == ',')
                || !(t.get(end + 1) instanceof Token.Word d
                        && lex.table(WordList.DETERMINERS).containsKey(d.lower()))) {
            return false;
        }
        for (int j = end + 2; j < Math.min(t.size(), end + 9); j++) {
            if (!(t.get(j) instanceof Token.Word w)) {
                return false;
            }
            if (lex.has(WordList.TITLES, w.text())) {
                return true;
            }
        }
        return false;
    }

    private boolean plausible(String name) {
        // A name the codebook knows as something else ("North Korea") is not a person.
        return codebook.findActors(name).isEmpty() && codebook.findThemes(name).isEmpty();
    }

    /**
     * {@code word} without its diacritics, case kept, as people's surnames are keyed: the text's
     * "Cernochova" is the codebook's "Černochová" and the other way round. ASCII is returned as it
     * is, without a copy.
     */
    static String plain(String word) {
        return FuzzyNames.unmarked(word);
    }

    /** The last word of {@code name}: {@code name.split("\\s+")}'s last, without a pattern. */
    static String surname(String name) {
        int end = name.length();
        while (end > 0 && Words.regexSpace(name.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Words.regexSpace(name.charAt(start - 1))) {
            start--;
        }
        return name.substring(start, end);
    }

    static String slug(String name) {
        String ascii = FuzzyNames.unmarked(name);
        String slug =
                ascii.toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "person" : slug;
    }
}
