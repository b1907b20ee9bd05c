package org.alliancebrief.analysis.text;

import java.util.Locale;

/**
 * The word lists of a {@link Lexicon}, one file each under {@code lexicon/<lang>/}: the names are
 * the same in every language, the words are data. Each list has a bit in a word's mask ({@link
 * Lexicon#lists}), so one look-up of a word answers for every list.
 */
public enum WordList {
    ADJECTIVE_TITLES,
    AUTHORING_VERBS,
    CAPITAL_NOUNS,
    CITY_CUES,
    COLLECTIVES,
    COMMENTATOR_ROLES,
    COMPANY_NOUNS,
    COMPANY_VERBS,
    CONJUNCTIONS,
    COOPERATION_CUES,
    DEFINITE_COUNTRY_WORDS,
    DETERMINERS(true),
    DOCUMENTS,
    EXPLETIVE_VERBS,
    GIVEN_NAMES(true),
    GOVERNMENTS,
    HONORIFICS(true),
    INSTITUTIONS,
    IRREGULAR_PLURALS,
    LIST_CONJUNCTIONS,
    LISTENER_CUES,
    MEDIA_WORDS,
    NOT_HOLDER_INDEFINITES,
    NOT_HOLDER_WORDS,
    NOT_NAMES,
    NOT_ORGANISATIONS,
    NUMBERS(true),
    OBJECT_VERBS,
    ORGANISATION_HEADS,
    ORGANISATION_MODIFIERS,
    OUTLET_NOUNS,
    OUTLET_REFERENCES,
    PLACE_CUES,
    PLACE_WORDS,
    PREPOSITIONS,
    PRONOUNS(true),
    QUOTED_TITLES(true),
    QUOTING_VERBS,
    REPORTING_PHRASES,
    REPORTING_VERBS,
    STATE_NOUNS,
    STATE_NOUN_MODIFIERS,
    SUBORDINATORS,
    THREAT_CUES,
    TITLES,
    TRANSITIVE_VERBS,
    UNNAMED_DETERMINERS,
    UNNAMED_EXTENSIONS,
    UNNAMED_SOURCES,
    VENUE_CUES,
    VERB_FILLERS;

    /** Whether its lines are a key and its values ("the d"), not phrases. */
    final boolean table;

    WordList() {
        this(false);
    }

    WordList(boolean table) {
        this.table = table;
    }

    /** The list's file name without ".txt": "reporting-verbs". */
    public String file() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The list's bit in a word's mask. */
    public long bit() {
        return 1L << ordinal();
    }

    /** Whether a word's {@code mask} holds this list. */
    public boolean in(long mask) {
        return (mask & bit()) != 0;
    }

    /** The list stored in the file {@code name} ("reporting-verbs"). */
    public static WordList named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
