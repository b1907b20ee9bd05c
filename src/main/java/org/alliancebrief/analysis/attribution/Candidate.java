package org.alliancebrief.analysis.attribution;

import java.util.Objects;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.WordList;

/**
 * One reference to a possible speaker in a paragraph, by token range {@code [first, last]}.
 *
 * @param name the canonical name for named kinds; the phrase for the others
 * @param id the actor's id, or "" when there is none
 * @param head the phrase's head noun in lower case ("minister", "report"), or ""
 * @param owner the actor inside the phrase ("NATO" in "the NATO communiqué"), or null
 * @param members the two actors of a pair ("the EU and NATO"), else empty
 */
record Candidate(
        Kind kind,
        int paragraph,
        int first,
        int last,
        Role role,
        Gender gender,
        String name,
        String id,
        boolean inCodebook,
        String head,
        KnownActor owner,
        java.util.List<Candidate> members) {
    Candidate(
            Kind kind,
            int paragraph,
            int first,
            int last,
            Role role,
            Gender gender,
            String name,
            String id,
            boolean inCodebook,
            String head,
            KnownActor owner) {
        this(
                kind,
                paragraph,
                first,
                last,
                role,
                gender,
                name,
                id,
                inCodebook,
                head,
                owner,
                java.util.List.of());
    }

    Candidate {
        members = java.util.List.copyOf(members);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(head, "head");
    }

    /** What a mention is of. */
    enum Kind {
        PERSON,
        ORGANISATION,
        COUNTRY,
        DOCUMENT,
        COLLECTIVE,
        UNNAMED,
        PRONOUN,
        ROLE;

        /** Names an actor by itself, without looking back. */
        boolean named() {
            return this == PERSON || this == ORGANISATION || this == COUNTRY;
        }
    }

    /** The mention's part in its clause. */
    enum Role {
        SUBJECT,
        OBJECT,
        POSSESSIVE
    }

    /** Grammatical gender where the text shows it. */
    enum Gender {
        MALE,
        FEMALE,
        /** "it": a body, a state or a document, never a person. */
        NEUTER,
        UNKNOWN
    }

    Candidate withRole(Role r) {
        return new Candidate(
                kind,
                paragraph,
                first,
                last,
                r,
                gender,
                name,
                id,
                inCodebook,
                head,
                owner,
                members);
    }

    boolean plural() {
        return kind == Kind.COLLECTIVE
                || kind != Kind.PERSON
                        && !head.isEmpty()
                        && (head.endsWith("s") || ENGLISH.has(WordList.IRREGULAR_PLURALS, head))
                || name.equalsIgnoreCase("they");
    }

    private static final Lexicon ENGLISH = Lexicon.of("en");
}
