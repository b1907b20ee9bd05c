package org.alliancebrief.analysis.attribution;

import java.util.Locale;
import org.alliancebrief.analysis.attribution.Candidate.Gender;
import org.alliancebrief.analysis.attribution.Candidate.Kind;
import org.alliancebrief.analysis.attribution.Candidate.Role;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.analysis.text.WordList;

/** Reads the noun phrase around a role, source, institution or group noun as a candidate. */
final class NounPhrases {
    /** How far left a noun phrase may reach from its head noun. */
    static final int MAX_MODIFIERS = 6;

    /** The lists of the nouns that head a phrase read here or by {@link DocumentMentions}. */
    static final long HEADS =
            WordList.DOCUMENTS.bit()
                    | WordList.COLLECTIVES.bit()
                    | WordList.UNNAMED_SOURCES.bit()
                    | WordList.TITLES.bit()
                    | WordList.INSTITUTIONS.bit();

    /** Lists whose words stand outside a noun phrase: verbs, prepositions, pronouns. */
    private static final long NOT_MODIFIERS =
            WordList.REPORTING_VERBS.bit()
                    | WordList.PREPOSITIONS.bit()
                    | WordList.CONJUNCTIONS.bit()
                    | WordList.PRONOUNS.bit()
                    | WordList.VERB_FILLERS.bit();

    private final Lexicon lex;

    NounPhrases(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * The phrase headed by the word at {@code k} ("the minister", "a senior EU diplomat", "the
     * foreign ministry", "both presidents"), or null when it heads none we read; {@code by} holds
     * the candidates already found, by token. A document noun after its two parties is read by
     * {@link DocumentMentions#signedBy} first.
     */
    /** Whether head noun {@code h} is plural: "officials", and "people" (irregular-plurals.txt). */
    static boolean plural(Lexicon lex, String h) {
        return h.endsWith("s") && !h.endsWith("ss") || lex.has(WordList.IRREGULAR_PLURALS, h);
    }

    /**
     * Whether "one of", "two of", "some of" stands before the determiner at {@code det} ("one of
     * the officials"): a quantity of them, which names no one.
     */
    private boolean partitive(TokenText.Paragraph p, int det) {
        return det >= 2
                && p.get(det - 1) instanceof Token.Word of
                && of.lower().equals("of")
                && p.get(det - 2) instanceof Token.Word q
                && lex.has(WordList.UNNAMED_DETERMINERS, q.lower());
    }

    Candidate at(String text, TokenText.Paragraph p, int k, Candidate[] by) {
        Token.Word head = (Token.Word) p.get(k);
        String h = head.lower();
        long lists = lex.lists(h);
        boolean document = WordList.DOCUMENTS.in(lists);
        boolean group = WordList.COLLECTIVES.in(lists);
        boolean source = WordList.UNNAMED_SOURCES.in(lists);
        boolean title = WordList.TITLES.in(lists);
        boolean institution = WordList.INSTITUTIONS.in(lists);
        if (!(document || group || source || title || institution)) {
            return null;
        }
        if (WordList.ADJECTIVE_TITLES.in(lists)
                && k + 1 < p.size()
                && p.get(k + 1) instanceof Token.Word next
                && !next.capitalised()
                && modifier(lex, next)) {
            return null; // "a major theme", "the general public": an adjective, not a rank
        }
        if (k + 1 < p.size()
                && p.get(k + 1) instanceof Token.Word next
                && next.capitalised()
                && !document
                && !institution) {
            return null; // a title before a name: "Defence Minister Jana Novak"
        }
        if (k + 1 < p.size()
                && p.get(k + 1) instanceof Token.Word next
                && !next.capitalised()
                && (lex.lists(next.lower())
                                & (WordList.TITLES.bit() | WordList.UNNAMED_SOURCES.bit()))
                        != 0) {
            return null; // the first word of a longer title: "a major general", "deputy minister"
        }
        int start = k;
        String det = "";
        KnownActor owner = null;
        for (int j = k - 1; j >= Math.max(0, k - MAX_MODIFIERS); j--) {
            Token t = p.get(j);
            if (by[j] != null) {
                Candidate c = by[j];
                if (!c.kind().named()) {
                    break;
                }
                owner = owner(c);
                start = c.first();
                j = c.first();
                continue;
            }
            if (possessive(p, j) && j > 0 && by[j - 1] != null && !by[j - 1].kind().named()) {
                // "the minister's statement", "the G7 leaders' joint statement": the possessor
                // is a mention of its own and stands for a determiner.
                det = "d";
                break;
            }
            if (pluralPossessive(p, j)) {
                start = j; // "the member states' statement": read on to whose it is
                continue;
            }
            if (!(t instanceof Token.Word w)) {
                break;
            }
            String[] d = lex.table(WordList.DETERMINERS).get(w.lower());
            if (d != null) {
                det = d[0];
                start = j;
                if (j > 0 && p.get(j - 1) instanceof Token.Word the && the.lower().equals("the")) {
                    det = "d"; // "the two leaders"
                    start = j - 1;
                }
                if (partitive(p, start)) {
                    det = "i"; // "one of the officials", "two of his aides": not named
                    start -= 2;
                }
                break;
            }
            // "When NATO leaders met": a capitalised conjunction opens a clause, not the name.
            if (w.clitic() || modifier(lex, w)) {
                start = j;
            } else {
                break;
            }
        }
        // Lower-case modifiers count only inside a phrase opened by a determiner.
        if (det.isEmpty()) {
            while (start < k
                    && p.get(start) instanceof Token.Word w
                    && !w.capitalised()
                    && !w.clitic()
                    && by[start] == null) {
                start++;
            }
        }
        if (owner == null) {
            owner = ownerAfter(by, p, k);
        }
        boolean plural = plural(lex, h);
        Kind kind;
        if (document) {
            kind = Kind.DOCUMENT;
        } else if (institution && (owner != null || det.equals("d"))) {
            kind = Kind.ORGANISATION;
        } else if (group && plural && (det.equals("d") || det.isEmpty() && owner != null)) {
            kind = Kind.COLLECTIVE; // "both presidents", or a named body: "NATO foreign ministers"
        } else if ((source || title || group) && (det.equals("i") || det.isEmpty() && plural)) {
            kind = Kind.UNNAMED;
        } else if ((source || title) && !plural) {
            kind = Kind.ROLE;
        } else {
            return null;
        }
        int last = kind == Kind.UNNAMED ? description(p, k) : k;
        String phrase = text.substring(p.get(start).start(), p.get(last).end());
        String name = phrase;
        String id = "";
        boolean inCodebook = false;
        if (kind == Kind.ORGANISATION && owner != null) {
            if (lex.has(WordList.GOVERNMENTS, h) && owner.kind().equals("country")) {
                // "the Italian government": the state's government, an organisation of its own.
                name = governmentOf(owner.name());
            } else {
                // "EU headquarters", "the Kremlin's press office": the body itself speaks.
                name = owner.name();
                id = owner.id();
                inCodebook = owner.inCodebook();
            }
        } else if (kind == Kind.ORGANISATION && !det.isEmpty() && start < k) {
            name = text.substring(p.get(start + 1).start(), p.get(last).end()); // no "the"
        }
        return new Candidate(
                kind,
                p.index(),
                start,
                last,
                Role.SUBJECT,
                Gender.UNKNOWN,
                name,
                id,
                inCodebook,
                h,
                owner);
    }

    /** A possessive at {@code j}: the clitic "'s", or the apostrophe of "leaders' statement". */
    static boolean possessive(TokenText.Paragraph p, int j) {
        return p.get(j) instanceof Token.Word w && w.clitic() || pluralPossessive(p, j);
    }

    /** The apostrophe of a plural possessive at {@code j}: "leaders' statement". */
    private static boolean pluralPossessive(TokenText.Paragraph p, int j) {
        return p.get(j) instanceof Token.QuoteMark m
                && m.apostrophe()
                && j > 0
                && p.get(j - 1) instanceof Token.Word w
                && (w.text().endsWith("s") || w.text().endsWith("S"));
    }

    /** Lower-case words that may stand inside a noun phrase before its head. */
    static boolean modifier(Lexicon lex, Token.Word w) {
        // A token has no space, so its pronoun bit is the table's key ("he"), not a line.
        return (lex.lists(w.lower()) & NOT_MODIFIERS) == 0;
    }

    /** "Government of Italy", "Government of the United Kingdom". */
    private String governmentOf(String country) {
        for (String w : country.split(" ")) {
            if (lex.has(WordList.DEFINITE_COUNTRY_WORDS, w)) {
                return "Government of the " + country;
            }
        }
        return "Government of " + country;
    }

    /** "a statement by the EU", "the report of the Commission": its author. */
    private static KnownActor ownerAfter(Candidate[] by, TokenText.Paragraph p, int k) {
        if (k + 2 < p.size()
                && p.get(k + 1) instanceof Token.Word w
                && (w.lower().equals("by") || w.lower().equals("of") || w.lower().equals("from"))) {
            int j = k + 2;
            Candidate c = by[j];
            if (c == null
                    && j + 1 < p.size()
                    && p.get(j) instanceof Token.Word the
                    && the.lower().equals("the")) {
                c = by[j + 1];
            }
            if (c != null && c.kind().named()) {
                return owner(c);
            }
        }
        return null;
    }

    /** A named candidate as the owner of a phrase, which speaks for it. */
    private static KnownActor owner(Candidate c) {
        return new KnownActor(
                c.id(), c.name(), c.kind().name().toLowerCase(Locale.ROOT), 0, 1, c.inCodebook());
    }

    /** "an official who asked not to be named": the source's description, up to a verb. */
    private int description(TokenText.Paragraph p, int k) {
        if (k + 1 >= p.size()
                || !(p.get(k + 1) instanceof Token.Word w)
                || !lex.has(WordList.UNNAMED_EXTENSIONS, w.lower())) {
            return k;
        }
        for (int j = k + 2; j < Math.min(p.size(), k + 14); j++) {
            Token t = p.get(j);
            if (t instanceof Token.Punct || t instanceof Token.QuoteMark) {
                return j - 1;
            }
            if (t instanceof Token.Word v
                    && lex.has(WordList.REPORTING_VERBS, v.lower())
                    && !v.lower().equals("asked")) {
                return j - 1;
            }
        }
        return k;
    }
}
