package org.alliancebrief.analysis.attribution;

/** One rule for deciding a quotation's speaker; null when the rule does not know. */
interface Sieve {
    /**
     * The speaker of quotation {@code i} of the scene.
     *
     * @param cue the mention of the quotation's own reporting clause, or null
     */
    Referent attribute(Scene scene, int i, Candidate cue);
}
