package org.alliancebrief.brief;

/** Public door to the brief fixture for tests of later stages (render). */
public final class BriefFixtures {
    private BriefFixtures() {}

    /** A brief of six hand-made articles, built with templates/brief.yaml. */
    public static Brief brief() {
        return BriefFixture.brief("templates/brief.yaml");
    }

    /** The same articles through templates/executive.yaml. */
    public static Brief executive() {
        return BriefFixture.brief("templates/executive.yaml");
    }

    /** The same articles compared with a previous week's brief. */
    public static Brief withBaseline() {
        return BriefFixture.brief("templates/brief.yaml", BriefFixture.lastWeek());
    }
}
