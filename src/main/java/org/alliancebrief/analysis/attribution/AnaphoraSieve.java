package org.alliancebrief.analysis.attribution;

/**
 * The reporting clause has a pronoun or role noun ("he said", "the minister added"): the speaker is
 * the most recent compatible subject before it.
 */
final class AnaphoraSieve implements Sieve {
    private final Coreference coref;

    AnaphoraSieve(Coreference coref) {
        this.coref = coref;
    }

    @Override
    public Referent attribute(Scene scene, int i, Candidate cue) {
        if (cue == null
                || cue.kind() != Candidate.Kind.PRONOUN && cue.kind() != Candidate.Kind.ROLE) {
            return null;
        }
        return coref.of(cue);
    }
}
