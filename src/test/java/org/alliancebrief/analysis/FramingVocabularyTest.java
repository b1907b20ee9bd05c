package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.corpus.ArticleParser;
import org.junit.jupiter.api.Test;

/** The framing themes that news names by paraphrase, on short and long pieces written for them. */
class FramingVocabularyTest {
    private static final Codebook CODEBOOK =
            CodebookLoader.load(Path.of("templates/codebook.yaml"));
    private static final ArticleAnalyser ANALYSER = new ArticleAnalyser(CODEBOOK);

    private static final String HEAD =
            """
            Ministers meet again as the budget round closes

            The meeting opened an hour late in a hotel by the river. Delegates queued for badges
            in the rain and the coffee ran out before noon.

            """;

    private static String longPiece(String... inserted) {
        return HEAD
                + Filler.sentences(18, 0)
                + "\n\n"
                + String.join("\n\n", inserted)
                + "\n\n"
                + Filler.sentences(18, 18);
    }

    private static String shortPiece(String body) {
        return HEAD + body + "\n";
    }

    private static List<String> themes(String text) {
        return ANALYSER.analyse(new ArticleParser().parse("piece.txt", text)).themes().stream()
                .map(t -> t.id().value())
                .toList();
    }

    @Test
    void thePiecesAreLong() {
        int sentences = new ArticleParser().parse("p.txt", longPiece()).sentences().size();
        assertTrue(CODEBOOK.salience().isLong(sentences), "only " + sentences + " sentences");
    }

    @Test
    void migrationUsedAsAWeaponIsAHybridThreat() {
        List<String> found =
                themes(
                        shortPiece(
                                "Border officials accused the regime of weaponising migrants,"
                                        + " flying them in and pushing them towards the fence."));
        assertTrue(found.contains("hybrid-threats"), found.toString());
        List<String> sabotage =
                themes(
                        longPiece(
                                "Investigators now link the depot fire to a wider sabotage"
                                        + " campaign run from abroad.",
                                "Ministers agreed that such hybrid actions need a common"
                                        + " answer."));
        assertTrue(sabotage.contains("hybrid-threats"), sabotage.toString());
    }

    @Test
    void europeTakingCareOfItsOwnDefenceIsComplementarity() {
        List<String> found =
                themes(
                        longPiece(
                                "The paper calls for a more capable European defence that"
                                        + " works alongside the alliance.",
                                "Europe, one minister said, must learn to take care of its own"
                                        + " defence."));
        assertTrue(found.contains("complementarity"), found.toString());
        List<String> involvement =
                themes(
                        shortPiece(
                                "Oslo and London asked for the fullest possible involvement in"
                                        + " the new procurement scheme."));
        assertTrue(involvement.contains("complementarity"), involvement.toString());
    }

    @Test
    void nATOAsTheFoundationOfCollectiveDefenceOnlySupportsComplementarity() {
        List<String> once =
                themes(
                        longPiece(
                                "The speaker recalled that NATO remains the foundation of"
                                        + " collective defence for its members."));
        assertFalse(once.contains("complementarity"), once.toString());
    }

    @Test
    void relationsAcrossTheAtlanticNamedOtherwiseAreTheTransatlanticBond() {
        List<String> found =
                themes(
                        longPiece(
                                "EU-US relations have rarely looked so fragile, diplomats"
                                        + " admit.",
                                "Even committed Atlanticists in Berlin now plan for a thinner"
                                        + " American presence."));
        assertTrue(found.contains("transatlantic-bond"), found.toString());
        List<String> retrenchment =
                themes(
                        shortPiece(
                                "Planners in Warsaw are preparing for American retrenchment"
                                        + " from the continent."));
        assertTrue(retrenchment.contains("transatlantic-bond"), retrenchment.toString());
    }

    @Test
    void aRussianLeaderNamedInTalksIsNotTheRussiaTheme() {
        List<String> talks =
                themes(
                        shortPiece(
                                "The envoy said Putin had agreed to a call. A second call with"
                                        + " Putin is planned for Friday, he added."));
        assertFalse(talks.contains("russia"), talks.toString());
        List<String> war =
                themes(
                        shortPiece(
                                "The envoy said the sanctions were meant to make Putin's war"
                                        + " too costly to continue."));
        assertTrue(war.contains("russia"), war.toString());
    }

    @Test
    void peaceTalksOnUkraineInTheHeadlineAreSupportForUkraine() {
        String piece =
                """
                Envoys gather for Ukraine peace talks in Geneva

                The envoys arrived on separate flights. Their hosts kept the venue secret until
                the last hour.
                """;
        assertTrue(themes(piece).contains("ukraine-support"), themes(piece).toString());
        String passing =
                longPiece(
                        "One delegate mentioned the Ukraine peace talks in passing before"
                                + " returning to fisheries.");
        assertFalse(themes(passing).contains("ukraine-support"), themes(passing).toString());
    }

    @Test
    void defenceContractsSupportTheCapabilitiesArea() {
        String contracts = "Each capital still guards its national defence contracts jealously.";
        assertFalse(
                themes(longPiece(contracts)).contains("defence-industry-capabilities"),
                themes(longPiece(contracts)).toString());
        List<String> found =
                themes(
                        longPiece(
                                "The ministers praised pooling and sharing of air-to-air"
                                        + " refuelling aircraft.",
                                contracts));
        assertTrue(found.contains("defence-industry-capabilities"), found.toString());
    }

    @Test
    void dependingLessOnAmericaIsTheTransatlanticBond() {
        List<String> found =
                themes(
                        shortPiece(
                                "The chancellor warned voters that the continent would have to"
                                        + " rely less on the United States for its security."));
        assertTrue(found.contains("transatlantic-bond"), found.toString());
        List<String> without =
                themes(
                        shortPiece(
                                "Few generals think the continent could hold a front without"
                                        + " America for long."));
        assertTrue(without.contains("transatlantic-bond"), without.toString());
    }

    @Test
    void theTransatlanticAllianceIsNatoNotTheBond() {
        List<String> found =
                themes(
                        shortPiece(
                                "The island has applied to join exercises of the transatlantic"
                                        + " alliance for the first time."));
        assertFalse(found.contains("transatlantic-bond"), found.toString());
    }

    @Test
    void joiningAProjectOfTheBlocIsNoEnlargementButBecomingAMemberIs() {
        List<String> project =
                themes(
                        shortPiece(
                                "Canada and Norway were allowed to join the bloc's new drone"
                                        + " programme after a year of talks."));
        assertFalse(project.contains("enlargement"), project.toString());
        List<String> member =
                themes(
                        shortPiece(
                                "Officials expect both countries to become full members"
                                        + " before the next summit."));
        assertTrue(member.contains("enlargement"), member.toString());
    }

    @Test
    void termsNamedInPassingOnlySupportTheirArea() {
        List<String> found =
                themes(
                        shortPiece(
                                "The coast guard said the fishing boat was towed to port. The"
                                        + " buyer wants the new weapon systems by spring."));
        assertFalse(found.contains("maritime-migration"), found.toString());
        assertFalse(found.contains("defence-industry-capabilities"), found.toString());
    }

    @Test
    void theShadowFleetAndSanctionsPackagesAreRussia() {
        List<String> found =
                themes(
                        shortPiece(
                                "Ministers added forty tankers of the shadow fleet to the list"
                                        + " in the new sanctions package."));
        assertTrue(found.contains("russia"), found.toString());
        assertFalse(found.contains("ukraine-support"), found.toString());
        assertFalse(found.contains("hybrid-threats"), found.toString());
    }

    @Test
    void aThirdCountryInEuDefenceIsComplementarityButNotAsAVenue() {
        List<String> found =
                themes(
                        shortPiece(
                                "The rules would limit third-country firms to a fifth of the"
                                        + " value of each joint project."));
        assertTrue(found.contains("complementarity"), found.toString());
        List<String> venue =
                themes(
                        shortPiece(
                                "The two envoys may meet in a third country next month, aides"
                                        + " said."));
        assertFalse(venue.contains("complementarity"), venue.toString());
    }

    @Test
    void organisationsThatComplementEachOtherAreComplementarity() {
        List<String> found =
                themes(
                        shortPiece(
                                "The commissioner said the bloc and the alliance bring different"
                                        + " tools and that these complement each other."));
        assertTrue(found.contains("complementarity"), found.toString());
        List<String> supportive =
                themes(
                        shortPiece(
                                "Both secretariats want the two road maps to stay mutually"
                                        + " supportive."));
        assertTrue(supportive.contains("complementarity"), supportive.toString());
        List<String> adjective =
                themes(
                        shortPiece(
                                "Officials called the new space strategy complementary to the"
                                        + " one agreed in the spring."));
        assertTrue(adjective.contains("complementarity"), adjective.toString());
    }

    @Test
    void theEuAsAMilitaryAllianceOrARivalOfNatoIsComplementarity() {
        List<String> bloc =
                themes(
                        shortPiece(
                                "A deputy minister warned that the Union was turning into a"
                                        + " military alliance. He said its role remained"
                                        + " subordinate to NATO all the same."));
        assertTrue(bloc.contains("complementarity"), bloc.toString());
        List<String> tensions =
                themes(
                        shortPiece(
                                "Some capitals fear the new post will create tensions between"
                                        + " the European Union and NATO."));
        assertTrue(tensions.contains("complementarity"), tensions.toString());
        List<String> clause =
                themes(
                        shortPiece(
                                "Lawyers in Brussels debated what the EU's mutual defence clause"
                                        + " would oblige members to do."));
        assertTrue(clause.contains("complementarity"), clause.toString());
    }

    @Test
    void aMutualDefenceClauseAloneMayBeNatosOwnArticle() {
        List<String> found =
                themes(
                        shortPiece(
                                "The treaty's mutual defence clause has been invoked only once,"
                                        + " after the attacks of 2001."));
        assertFalse(found.contains("complementarity"), found.toString());
    }

    @Test
    void defenceIndependenceAndAutonomousActionAreComplementarity() {
        List<String> found =
                themes(
                        shortPiece(
                                "The president pressed for more independence in defence so that"
                                        + " the continent controls its destiny."));
        assertTrue(found.contains("complementarity"), found.toString());
        List<String> action =
                themes(
                        shortPiece(
                                "The summit text gave the Union a capacity for autonomous"
                                        + " action backed by credible forces."));
        assertTrue(action.contains("complementarity"), action.toString());
    }

    @Test
    void americaSteppingBackOrBeingReliedOnIsTheTransatlanticBond() {
        List<String> back =
                themes(
                        shortPiece(
                                "Diplomats expect Washington to step back from Europe within a"
                                        + " few years."));
        assertTrue(back.contains("transatlantic-bond"), back.toString());
        List<String> relies =
                themes(
                        shortPiece(
                                "The continent still relies on America for satellites, tankers"
                                        + " and long-range fires."));
        assertTrue(relies.contains("transatlantic-bond"), relies.toString());
        List<String> commitment =
                themes(
                        shortPiece(
                                "The envoy promised a lasting commitment to European security"
                                        + " whoever wins the vote."));
        assertTrue(commitment.contains("transatlantic-bond"), commitment.toString());
    }

    @Test
    void aDivideBetweenEuropeAndAmericaIsTheBondInALongPiece() {
        List<String> found =
                themes(
                        longPiece(
                                "Trade now splits the two shores more than anything: the"
                                        + " quarrel between Europe and America grows by the"
                                        + " week.",
                                "Europe and America still share the same threat picture,"
                                        + " officials insist."));
        assertTrue(found.contains("transatlantic-bond"), found.toString());
    }

    @Test
    void aCommanderOfUsForcesInEuropeIsATitleNotTheBond() {
        List<String> found =
                themes(
                        shortPiece(
                                "A retired general who once led US forces in Europe wrote the"
                                        + " report on rail gauges."));
        assertFalse(found.contains("transatlantic-bond"), found.toString());
    }

    @Test
    void russiaDescribedAsAggressorIsTheRussiaTheme() {
        List<String> found =
                themes(
                        shortPiece(
                                "The ministers said an aggressive Russia had redrawn borders by"
                                        + " force."));
        assertTrue(found.contains("russia"), found.toString());
        List<String> attack =
                themes(
                        shortPiece(
                                "Planners now assume that Russia could attack a member state"
                                        + " before the end of the decade."));
        assertTrue(attack.contains("russia"), attack.toString());
    }

    @Test
    void capabilityLanguageIsTheCapabilitiesArea() {
        List<String> found =
                themes(
                        shortPiece(
                                "Few members meet their capability commitments, and the"
                                        + " critical enablers still come from one ally."));
        assertTrue(found.contains("defence-industry-capabilities"), found.toString());
    }

    @Test
    void aStockpileOfNuclearMaterialIsNoCapability() {
        List<String> found =
                themes(
                        shortPiece(
                                "Inspectors counted the nuclear stockpile again. The stockpile"
                                        + " of enriched uranium had grown since the spring."));
        assertFalse(found.contains("defence-industry-capabilities"), found.toString());
    }

    @Test
    void energyDependenceAndCutTelecomCablesAreResilience() {
        List<String> found =
                themes(
                        shortPiece(
                                "The leaders vowed to end their energy dependence on a single"
                                        + " supplier."));
        assertTrue(found.contains("resilience-critical-infrastructure"), found.toString());
        List<String> cable =
                themes(
                        shortPiece(
                                "Two telecommunication cables under the sea were found damaged"
                                        + " on Monday."));
        assertTrue(cable.contains("resilience-critical-infrastructure"), cable.toString());
    }

    @Test
    void aStrongTermAlsoMatchedByAWeakOneStillCountsOnce() {
        // "cyberattack" is a strong term of its own and also fits the weak "cyber*".
        List<String> found =
                themes(shortPiece("A cyberattack shut the port's booking system on Monday."));
        assertTrue(found.contains("cyber"), found.toString());
    }
}
