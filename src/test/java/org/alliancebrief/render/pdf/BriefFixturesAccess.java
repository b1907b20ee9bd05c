package org.alliancebrief.render.pdf;

import org.alliancebrief.brief.Brief;

/** Public door to the render fixtures, for the data-file tests. */
public final class BriefFixturesAccess {
    private BriefFixturesAccess() {}

    public static Brief seeds() {
        return BriefFixtures.seeds();
    }

    public static Brief single() {
        return BriefFixtures.single();
    }

    public static Brief stress() {
        return BriefFixtures.stress();
    }
}
