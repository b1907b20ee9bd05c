package org.alliancebrief.analysis.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancebrief.analysis.attribution.Candidate.Gender;
import org.alliancebrief.analysis.attribution.Candidate.Kind;
import org.alliancebrief.analysis.attribution.Candidate.Role;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.analysis.text.WordList;

/**
 * Says who a mention stands for. Names stand for themselves; a pronoun or role noun for the most
 * recent compatible subject before it (never a possessive or an object), within the paragraph and
 * the few before it; a group noun for the pair named before; a document for its author; an unnamed
 * source for no one by name.
 */
final class Coreference {
    /** How many paragraphs back a pronoun may look for its antecedent. */
    private static final int PARAGRAPHS_BACK = 3;

    /**
     * How many sentences back "they" may find its group: "they" means many things, so only a group
     * named close by.
     */
    private static final int THEY_SENTENCES = 3;

    /** How many words the "of" phrase after a role noun may run: "the head of the X agency". */
    private static final int TAIL_WORDS = 8;

    /** How many mentions back any look-back goes, to keep the cost bounded. */
    private static final int MENTIONS_BACK = 120;

    /** Group nouns that stand for people; the others stand for states or bodies. */
    private static final java.util.Set<String> PEOPLE =
            java.util.Set.of("leaders", "presidents", "ministers", "men", "women", "heads");

    /** Group nouns that stand for states. */
    private static final java.util.Set<String> STATES =
            java.util.Set.of("countries", "nations", "governments", "allies", "states");

    private final Scene scene;
    private final Map<Candidate, Referent> resolved;
    private final Map<String, Gender> genders = new HashMap<>();
    private Map<String, Set<String>> titles;

    /** How deep a chain of pronouns is being followed: bounded, so no stack runs out. */
    private int depth;

    Coreference(Scene scene) {
        this.scene = scene;
        this.resolved = new IdentityHashMap<>(scene.all.size() * 2);
    }

    /** Who {@code c} stands for, or null when the text does not say. */
    Referent of(Candidate c) {
        if (resolved.containsKey(c)) {
            return resolved.get(c);
        }
        if (depth > 12) {
            return null;
        }
        depth++;
        resolved.put(c, null); // guards against a cycle while resolving
        Referent r =
                switch (c.kind()) {
                    case PERSON, ORGANISATION, COUNTRY -> named(c);
                    case UNNAMED -> new Referent(c.name(), "", false, c.name());
                    case DOCUMENT -> document(c);
                    case COLLECTIVE -> group(c);
                    case PRONOUN ->
                            c.name().equals("they")
                                    ? plural(c)
                                    : c.gender() == Gender.NEUTER ? thing(c) : antecedent(c);
                    case ROLE -> antecedent(c);
                };
        depth--;
        resolved.put(c, r);
        return r;
    }

    private Referent named(Candidate c) {
        if (c.gender() != Gender.UNKNOWN) {
            genders.putIfAbsent(c.id(), c.gender());
        }
        return new Referent(
                c.name(), c.id(), true, scene.phrase(c.paragraph(), c.first(), c.last()));
    }

    /** The most recent subject a pronoun or role noun can stand for. */
    private Referent antecedent(Candidate c) {
        String phrase = scene.phrase(c.paragraph(), c.first(), c.last());
        Candidate named = apposed(c);
        if (named != null) {
            return withPhrase(of(named), phrase); // "Pedro Smith, the trade envoy,"
        }
        Candidate fallback = null;
        Candidate listener = null;
        for (Candidate a : back(c)) {
            if (a.role() != Role.SUBJECT) {
                listener = listener == null ? sameGenderObject(c, a) : listener;
                continue;
            }
            if (a.kind() == Kind.PERSON
                    || a.kind() == Kind.PRONOUN
                            && !a.name().equals("they")
                            && a.gender() != Gender.NEUTER
                    || a.kind() == Kind.ROLE
                    || a.kind() == Kind.UNNAMED && !a.plural()) {
                Referent r = of(a);
                if (r == null || !compatible(c, a, r)) {
                    continue;
                }
                if ((a.kind() == Kind.ROLE || a.kind() == Kind.UNNAMED)
                        && a.paragraph() == 0
                        && c.paragraph() > 0
                        && fallback != null) {
                    // "…, Says Top Diplomat" over "Foreign Minister X said … the top diplomat
                    // said": the headline's description is of the person the body named since.
                    continue;
                }
                if (c.kind() == Kind.ROLE
                        && !titled(c, a, r)
                        && !((a.kind() == Kind.ROLE || a.kind() == Kind.UNNAMED)
                                && a.head().equals(c.head()))) {
                    fallback = fallback == null ? a : fallback;
                    continue;
                }
                learn(c, r);
                return withPhrase(r, phrase);
            }
        }
        if (c.kind() == Kind.ROLE
                && scene.lex.has(WordList.UNNAMED_SOURCES, c.head())
                && !((described(c) || adjoining(c, fallback))
                        && fallback != null
                        && named(of(fallback)))) {
            // "the official", "the spokeswoman" with no one so titled before: still unnamed.
            // A fuller description ("the senior Russian diplomat") names again the person just
            // quoted, as a writer varies the words for one speaker.
            return new Referent(phrase, "", false, phrase);
        }
        int tail = tail(c);
        if (tail > c.last()) {
            // "the head of Germany's intelligence agency": an office of its own, held by no one
            // named before unless that person was so titled; the words say who, not the name.
            String described = scene.phrase(c.paragraph(), c.first(), tail);
            return new Referent(described, "", false, described);
        }
        if (fallback != null) {
            return withPhrase(of(fallback), phrase);
        }
        if (listener != null) {
            // "Rutte met Novak. She told him: “…”": no subject before is a woman, the one object
            // named who is one speaks.
            return withPhrase(of(listener), phrase);
        }
        return null;
    }

    /**
     * {@code a}, a person named as an object, when its gender is known and that of pronoun {@code
     * c}; else null.
     */
    private Candidate sameGenderObject(Candidate c, Candidate a) {
        if (c.kind() != Kind.PRONOUN
                || c.gender() == Gender.UNKNOWN
                || c.gender() == Gender.NEUTER
                || a.kind() != Kind.PERSON
                || a.role() != Role.OBJECT) {
            return null;
        }
        Referent r = of(a);
        return r != null && genders.getOrDefault(r.id(), a.gender()) == c.gender() ? a : null;
    }

    /**
     * The last token of the "of" or "for" phrase that says whose role a role noun is ("the head of
     * the national grid", "the minister for Europe"), or the noun itself when none follows.
     */
    private int tail(Candidate c) {
        if (c.kind() != Kind.ROLE || c.first() == c.last() && !definite(c)) {
            return c.last();
        }
        TokenText.Paragraph p = scene.paragraph(c.paragraph());
        int k = c.last() + 1;
        if (!(k + 1 < p.size()
                && p.get(k) instanceof Token.Word of
                && (of.lower().equals("of") || of.lower().equals("for")))) {
            return c.last();
        }
        int last = c.last();
        for (int j = k + 1; j < Math.min(p.size(), k + TAIL_WORDS); j++) {
            if (!(p.get(j) instanceof Token.Word w)
                    || scene.lex.has(WordList.REPORTING_VERBS, w.lower())
                    || scene.lex.has(WordList.VERB_FILLERS, w.lower())) {
                break;
            }
            last = j;
        }
        return last;
    }

    /**
     * A definite role phrase with words between its determiner and its noun: "the senior envoy".
     */
    /**
     * Whether the person {@code a} was the subject in the role noun's paragraph or the one before:
     * "Spokeswoman X told reporters. ¶ '…,' the diplomat said." names her again, as agency copy
     * varies its words for the one speaker it quotes.
     */
    private boolean adjoining(Candidate c, Candidate a) {
        return a != null && a.paragraph() >= c.paragraph() - 1 && !introducedUnnamed(c);
    }

    /** How many tokens back, in each of the two paragraphs, an unnamed source is looked for. */
    private static final int INTRODUCED_REACH = 200;

    /**
     * Whether the text brought in someone unnamed under the role noun's head shortly before ("A
     * spokeswoman for the office said … the spokeswoman added"): then the noun is that source.
     */
    private boolean introducedUnnamed(Candidate c) {
        for (int p = Math.max(0, c.paragraph() - 1); p <= c.paragraph(); p++) {
            TokenText.Paragraph para = scene.paragraph(p);
            int end = p == c.paragraph() ? c.first() : para.size();
            for (int k = Math.max(1, end - INTRODUCED_REACH); k < end; k++) {
                if (para.get(k) instanceof Token.Word w
                        && w.lower().equals(c.head())
                        && indefiniteBefore(para, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "a spokeswoman", "an EU official": an indefinite determiner a few words before {@code k}. */
    private boolean indefiniteBefore(TokenText.Paragraph para, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            if (para.get(j) instanceof Token.Word d
                    && lex().table(WordList.DETERMINERS).get(d.lower()) instanceof String[] v) {
                return v[0].equals("i");
            }
        }
        return false;
    }

    private boolean described(Candidate c) {
        return c.last() - c.first() >= 2 && definite(c);
    }

    private static boolean named(Referent r) {
        return r != null && r.named() && !r.id().isEmpty();
    }

    /** The person a role noun stands in apposition to: "X, the envoy," → X. */
    private Candidate apposed(Candidate c) {
        if (c.kind() != Kind.ROLE
                || c.first() < 2
                || !(scene.token(c.paragraph(), c.first() - 1) instanceof Token.Punct comma
                        && comma.mark() == ',')) {
            return null;
        }
        Integer at = scene.order.get(c);
        if (at == null || at == 0) {
            return null;
        }
        Candidate before = scene.all.get(at - 1);
        return before.paragraph() == c.paragraph()
                        && before.last() == c.first() - 2
                        && before.kind() == Kind.PERSON
                ? before
                : null;
    }

    /** "the minister" prefers the person introduced as a minister. */
    /**
     * Whether mention {@code a}, or any mention of its referent {@code r} in the article, carries
     * the role noun {@code head}: "the Danish minister" after "Denmark's Minister for European
     * Affairs Jana Novak" means Novak, even where later mentions of her are the name alone.
     */
    private boolean titled(Candidate c, Candidate a, Referent r) {
        String head = c.head();
        if (head.isEmpty()) {
            return true;
        }
        Set<String> known = r.id().isEmpty() ? Set.of() : titles().getOrDefault(r.id(), Set.of());
        if (!anyWord(a, known, head::equals)) {
            return false;
        }
        // "the Hungarian foreign minister" is not the person titled "Prime Minister": where the
        // role's head has a modifier of its own title ("foreign minister"), another such modifier
        // of the person's title ("prime") says it is another office.
        String modifier = modifier(c);
        return modifier == null
                || anyWord(a, known, modifier::equals)
                || !anyWord(a, known, w -> scene.lex.has(WordList.TITLES, w + " " + head));
    }

    /**
     * Whether a word of mention {@code a} or of the person's {@code known} title words passes
     * {@code test} (lower case, defence spelt so).
     */
    private boolean anyWord(
            Candidate a, Set<String> known, java.util.function.Predicate<String> test) {
        for (int k = a.first(); k <= a.last(); k++) {
            if (scene.token(a.paragraph(), k) instanceof Token.Word w
                    && test.test(spelt(w.lower()))) {
                return true;
            }
        }
        for (String w : known) {
            if (test.test(spelt(w))) {
                return true;
            }
        }
        return false;
    }

    /** "defense" spelt "defence", so that the two spellings of one title are one. */
    private static String spelt(String word) {
        return word.equals("defense") ? "defence" : word;
    }

    /**
     * The word before role {@code c}'s head that makes one title with it ("foreign" in "the
     * Hungarian foreign minister"), defence and defense spelt one way; null if none does.
     */
    private String modifier(Candidate c) {
        if (c.last() <= c.first()
                || !(scene.token(c.paragraph(), c.last()) instanceof Token.Word h
                        && h.lower().equals(c.head()))
                || !(scene.token(c.paragraph(), c.last() - 1) instanceof Token.Word m)
                || !scene.lex.has(WordList.TITLES, m.lower() + " " + c.head())) {
            return null;
        }
        return spelt(m.lower());
    }

    /** The words of every named person's mentions, by person id; made on first use. */
    private Map<String, Set<String>> titles() {
        if (titles == null) {
            titles = new HashMap<>();
            for (Candidate c : scene.all) {
                if (c.kind() != Kind.PERSON || c.id().isEmpty()) {
                    continue;
                }
                for (int k = c.first(); k <= c.last(); k++) {
                    if (scene.token(c.paragraph(), k) instanceof Token.Word w) {
                        titles.computeIfAbsent(c.id(), id -> new HashSet<>()).add(w.lower());
                    }
                }
            }
        }
        return titles;
    }

    private boolean compatible(Candidate pronoun, Candidate a, Referent r) {
        if (pronoun.gender() == Gender.UNKNOWN) {
            return true;
        }
        Gender known =
                a.kind() == Kind.PRONOUN ? a.gender() : genders.getOrDefault(r.id(), a.gender());
        return known == Gender.UNKNOWN || known == pronoun.gender();
    }

    private void learn(Candidate pronoun, Referent r) {
        if (pronoun.gender() != Gender.UNKNOWN && !r.id().isEmpty()) {
            genders.putIfAbsent(r.id(), pronoun.gender());
        }
    }

    /**
     * A group speaking again after a joint document the codebook names ("the joint declaration"):
     * the document speaks for them, as its wording is theirs together.
     */
    private Referent jointDocument(Candidate c) {
        if (PEOPLE.contains(c.head())
                || c.members().stream().anyMatch(m -> m.kind() == Kind.PERSON)) {
            return null; // people speak for themselves, even in a joint statement
        }
        for (Candidate a : back(c)) {
            if (a.kind() == Kind.DOCUMENT && a.head().isEmpty() && a.owner() == null) {
                return withPhrase(of(a), phrase(c));
            }
            if (a.kind() == Kind.COLLECTIVE && a.head().isEmpty() && a != c) {
                continue;
            }
        }
        return null;
    }

    /**
     * "it": the body, state or document that is the main subject of its own clause before it or of
     * one of the few sentences before (the first such mention of the sentence, not a modifier later
     * in it: "The compact … unites EU and NATO efforts. It …" is the compact).
     */
    private Referent thing(Candidate c) {
        int sentence = scene.sentence(c.paragraph(), c.first());
        int current = sentence;
        Candidate best = null;
        for (Candidate a : back(c)) {
            int at = scene.sentence(a.paragraph(), a.first());
            if (at != current) {
                if (best != null) {
                    break;
                }
                current = at;
            }
            if (sentence >= 0 && at >= 0 && sentence - at > THEY_SENTENCES) {
                break;
            }
            if (a.role() == Role.SUBJECT
                    && !a.plural()
                    && (a.kind() == Kind.ORGANISATION
                            || a.kind() == Kind.COUNTRY
                            || a.kind() == Kind.DOCUMENT
                            || a.kind() == Kind.PRONOUN && a.gender() == Gender.NEUTER)) {
                best = a; // nearest first, so the last kept is the sentence's first
            }
        }
        return best == null ? null : withPhrase(of(best), phrase(c));
    }

    /** "they": the group or pair last named. */
    private Referent plural(Candidate c) {
        Referent joint = jointDocument(c);
        if (joint != null) {
            return joint;
        }
        int sentence = scene.sentence(c.paragraph(), c.first());
        for (Candidate a : back(c)) {
            int at = scene.sentence(a.paragraph(), a.first());
            if (sentence >= 0 && at >= 0 && sentence - at > THEY_SENTENCES) {
                return null; // a group named sentences ago is no longer what "they" means
            }
            if (a.role() == Role.SUBJECT
                    && (a.kind() == Kind.COLLECTIVE || a.kind() == Kind.UNNAMED && a.plural())) {
                return of(a);
            }
        }
        return null;
    }

    /** "both presidents", "the eight countries": the actors last named before, as many. */
    private Referent group(Candidate c) {
        Referent joint = jointDocument(c);
        if (joint != null) {
            return joint;
        }
        if (c.head().isEmpty()
                || !(scene.token(c.paragraph(), c.first()) instanceof Token.Word d
                        && lex().table(WordList.DETERMINERS).containsKey(d.lower()))) {
            // "Biden and Michel", "NATO foreign ministers": the group is named as it stands.
            return new Referent(c.name(), "", true, phrase(c));
        }
        int count = count(c);
        if (count == 0) {
            Candidate same = null;
            Candidate any = null;
            for (Candidate a : back(c)) {
                if (a.kind() == Kind.COLLECTIVE && of(a) != null) {
                    any = any == null ? a : any;
                    if (a.head().equals(c.head())) {
                        same = a;
                        break;
                    }
                }
            }
            if (same != null || any != null) {
                return withPhrase(of(same != null ? same : any), phrase(c)); // the group again
            }
            count = 2;
        }
        List<Referent> group = new ArrayList<>();
        for (Candidate a : back(c)) {
            List<Candidate> each = a.members().isEmpty() ? List.of(a) : a.members();
            for (int m = each.size() - 1; m >= 0 && group.size() < count; m--) {
                Candidate x = each.get(m);
                if (fits(c.head(), x) && group.stream().noneMatch(r -> r.name().equals(x.name()))) {
                    group.add(0, of(x));
                }
            }
            if (group.size() == count) {
                break;
            }
        }
        if (group.size() < count) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < group.size(); i++) {
            name.append(i == 0 ? "" : i == group.size() - 1 ? " and " : ", ")
                    .append(group.get(i).name());
        }
        return new Referent(name.toString(), "", true, phrase(c));
    }

    /** Whether actor {@code x} can be one of a group named by {@code head}. */
    private static boolean fits(String head, Candidate x) {
        if (!x.kind().named()) {
            return false;
        }
        if (PEOPLE.contains(head)) {
            return x.kind() == Kind.PERSON;
        }
        if (STATES.contains(head)) {
            return x.kind() == Kind.COUNTRY;
        }
        return x.kind() != Kind.PERSON; // "the sides", "both organisations"
    }

    /** How many the group noun stands for, from a number word in its phrase; 0 if none. */
    private int count(Candidate c) {
        for (int k = c.first(); k <= c.last(); k++) {
            if (scene.token(c.paragraph(), k) instanceof Token.Word w) {
                String[] n = lex().table(WordList.NUMBERS).get(w.lower());
                if (n != null) {
                    return Integer.parseInt(n[0]);
                }
            } else if (scene.token(c.paragraph(), k) instanceof Token.Number n
                    && n.text().chars().allMatch(Character::isDigit)
                    && n.text().length() < 3) {
                return Integer.parseInt(n.text());
            }
        }
        return 0;
    }

    private org.alliancebrief.analysis.text.Lexicon lex() {
        return scene.lex;
    }

    private String phrase(Candidate c) {
        return scene.phrase(c.paragraph(), c.first(), c.last());
    }

    /** A document speaks for its author: the actor named in or after it, else the last one. */
    private Referent document(Candidate c) {
        String phrase = scene.phrase(c.paragraph(), c.first(), c.last());
        if (c.head().isEmpty() && c.owner() == null) {
            return new Referent(c.name(), "", true, phrase); // a document the codebook names
        }
        if (!c.members().isEmpty()) {
            return new Referent(
                    c.members().get(0).name() + " and " + c.members().get(1).name(),
                    "",
                    true,
                    phrase); // "the US–Ukraine agreement": its two parties
        }
        String title = title(c);
        if (title != null) {
            return new Referent(title, "", true, phrase);
        }
        if (c.owner() != null) {
            return new Referent(c.owner().name(), c.owner().id(), true, phrase);
        }
        Candidate possessor = possessor(c);
        if (possessor != null && possessor.owner() != null) {
            // "the NATO countries' statement": the body its authors belong to speaks.
            KnownActor body = possessor.owner();
            return new Referent(body.name(), body.id(), true, phrase);
        }
        if (possessor != null) {
            Referent r = of(possessor); // "its members' statement": whoever they stand for
            return r == null ? null : withPhrase(r, phrase);
        }
        if (c.plural() && !definite(c)) {
            return null; // "some agreements", "many reports": no one author
        }
        Candidate author = authorAfter(c);
        if (author != null && of(author) != null) {
            return withPhrase(of(author), phrase); // "the report, published by X, warns"
        }
        List<Candidate> before = back(c);
        for (Candidate a : before) {
            Candidate issuer = scene.issuedBy.get(a);
            if (a.kind() == Kind.DOCUMENT
                    && a.head().equals(c.head())
                    && issuer != null
                    && of(issuer) != null) {
                return withPhrase(of(issuer), phrase); // "said in a statement" … "the statement"
            }
        }
        for (Candidate a : before) {
            if (a.kind() == Kind.DOCUMENT && a.head().equals(c.head()) && of(a) != null) {
                return withPhrase(of(a), phrase); // "the Kyiv Compact" … "the compact"
            }
            Candidate adopter =
                    a.kind() == Kind.DOCUMENT && a.head().equals(c.head())
                            ? subjectOfClause(a)
                            : null;
            if (adopter != null && of(adopter) != null) {
                return withPhrase(of(adopter), phrase); // "leaders adopted a declaration"
            }
        }
        for (Candidate a : before) {
            if (a.kind() == Kind.DOCUMENT && a.role() == Role.SUBJECT && of(a) != null) {
                return withPhrase(of(a), phrase); // "the document" = the one named before
            }
        }
        for (Candidate a : before) {
            if (a.kind() == Kind.ORGANISATION && a.role() != Role.OBJECT) {
                return withPhrase(of(a), phrase);
            }
        }
        return null;
    }

    /**
     * The author a participle names after document {@code c}: "the report, published by the
     * European Parliament," (authoring-verbs.txt); else null.
     */
    private Candidate authorAfter(Candidate c) {
        int p = c.paragraph();
        int k = c.last() + 1;
        if (k < scene.paragraph(p).size()
                && scene.token(p, k) instanceof Token.Punct comma
                && comma.mark() == ',') {
            k++;
        }
        if (!scene.word(p, k, WordList.AUTHORING_VERBS)
                || !(scene.token(p, k + 1) instanceof Token.Word by)
                || !by.lower().equals("by")) {
            return null;
        }
        Candidate a = scene.startingAt(p, k + 2);
        if (a == null && scene.word(p, k + 2, WordList.DETERMINERS)) {
            a = scene.startingAt(p, k + 3);
        }
        return a != null && a.kind().named() ? a : null;
    }

    /**
     * The subject of the clause whose object is document {@code a} ("NATO leaders adopted a
     * declaration"): the first subject of its sentence before it; null if none.
     */
    private Candidate subjectOfClause(Candidate a) {
        if (a.role() != Role.OBJECT) {
            return null;
        }
        int p = a.paragraph();
        int sentence = scene.sentence(p, a.first());
        for (Candidate x : scene.between(p, 0, a.first())) {
            if (scene.sentence(p, x.first()) == sentence
                    && x.role() == Role.SUBJECT
                    && x.kind() != Kind.PRONOUN
                    && x.kind() != Kind.DOCUMENT) {
                return x;
            }
        }
        return null;
    }

    /**
     * The mention before a possessive ("'s", or the apostrophe of "leaders'") right before the
     * phrase, which the noun phrase reader left apart as naming no one by itself.
     */
    private Candidate possessor(Candidate c) {
        if (c.first() < 2
                || !NounPhrases.possessive(scene.paragraph(c.paragraph()), c.first() - 1)) {
            return null;
        }
        return scene.endingAt(c.paragraph(), c.first() - 2);
    }

    /** Whether the phrase opens with a definite determiner ("the", "its"). */
    private boolean definite(Candidate c) {
        return scene.token(c.paragraph(), c.first()) instanceof Token.Word d
                && lex().table(WordList.DETERMINERS).get(d.lower()) instanceof String[] v
                && v[0].equals("d");
    }

    /**
     * A document called by a name of its own ("the Budapest Memorandum", "the Ukraine Compact"),
     * without "the"; null for a common noun. A state in such a name is its subject or its venue,
     * not its author, so it speaks as itself; a body in it ("the NATO Readiness Plan") is the
     * author, which speaks through it.
     */
    private String title(Candidate c) {
        if (c.first() >= c.last()
                || !(scene.token(c.paragraph(), c.last()) instanceof Token.Word head)
                || !head.capitalised()
                || c.owner() != null && !c.owner().kind().equals("country")) {
            return null;
        }
        int from = c.first();
        if (scene.word(c.paragraph(), from, WordList.DETERMINERS)) {
            from++;
        }
        if (from >= c.last()
                || !(scene.token(c.paragraph(), from) instanceof Token.Word w && w.capitalised())) {
            return null;
        }
        return scene.phrase(c.paragraph(), from, c.last());
    }

    private static Referent withPhrase(Referent r, String phrase) {
        return r == null ? null : new Referent(r.name(), r.id(), r.named(), phrase);
    }

    /** The mentions before {@code c}, nearest first, within the look-back bounds (a view). */
    private List<Candidate> back(Candidate c) {
        Integer at = scene.order.get(c);
        if (at == null) {
            return List.of();
        }
        int lo = at;
        while (lo > 0
                && at - lo < MENTIONS_BACK
                && c.paragraph() - scene.all.get(lo - 1).paragraph() <= PARAGRAPHS_BACK) {
            lo--;
        }
        return scene.all.subList(lo, at).reversed();
    }
}
