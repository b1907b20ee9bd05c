package org.alliancebrief.analysis.attribution;

/**
 * The reporting clause names the speaker outright: a person, an organisation, a document, a group
 * or an unnamed source ("“…,” said Rutte", "the declaration reaffirms “…”").
 */
final class ExplicitSieve implements Sieve {
    private final Coreference coref;

    ExplicitSieve(Coreference coref) {
        this.coref = coref;
    }

    @Override
    public Referent attribute(Scene scene, int i, Candidate cue) {
        if (cue == null
                || cue.kind() == Candidate.Kind.PRONOUN
                || cue.kind() == Candidate.Kind.ROLE) {
            return null;
        }
        return coref.of(cue);
    }
}
