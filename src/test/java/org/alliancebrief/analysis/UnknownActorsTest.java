package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.alliancebrief.codebook.ActorKind;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.corpus.ArticleParser;
import org.junit.jupiter.api.Test;

/**
 * Actors the codebook lacks and the guards around them, with the real codebook: organisations by
 * their head noun and bracketed acronyms, people who need a title or a given name, states named
 * inside an organisation's name, employers of commentators, offices that are not their holder.
 */
class UnknownActorsTest {
    private static final Codebook CODEBOOK =
            CodebookLoader.load(Path.of("templates/codebook.yaml"));
    private static final ArticleAnalyser ANALYSER = new ArticleAnalyser(CODEBOOK);

    private static List<ActorFinding> actors(String text) {
        return ANALYSER.analyse(new ArticleParser().parse("a.txt", text)).actors();
    }

    private static List<String> names(String text) {
        return actors(text).stream().map(ActorFinding::name).toList();
    }

    private static Optional<ActorFinding> actor(List<ActorFinding> found, String name) {
        return found.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    @Test
    void aNameAfterAnOfficeWithItsPortfolioStartsAtTheGivenName() {
        List<String> found =
                names(
                        """
                        Ministers in Washington

                        The prime minister and Minister for European Relations Nick \
                        Thomas-Symonds went to Washington on Monday.

                        The Minister of State for Defence Paul Hartley met his counterparts, and \
                        Minister for Europe Anna Lindqvist-Berg spoke to reporters.
                        """);
        assertTrue(found.contains("Nick Thomas-Symonds"), found.toString());
        assertTrue(found.contains("Paul Hartley"), found.toString());
        assertTrue(found.contains("Anna Lindqvist-Berg"), found.toString());
        assertFalse(found.stream().anyMatch(n -> n.contains("Relations")), found.toString());
    }

    @Test
    void anOrganisationIsFoundByItsHeadNoun() {
        var found =
                actors(
                        """
                Border incident reported

                The Latvian State Border Guard said on Monday that a drone had crossed from the \
                east. The Constitutional Court of Bulgaria ruled on the matter a day later.""");
        ActorFinding guard = actor(found, "Latvian State Border Guard").orElseThrow();
        assertEquals(ActorKind.ORGANISATION, guard.kind());
        assertFalse(guard.inCodebook());
        assertTrue(actor(found, "Constitutional Court of Bulgaria").isPresent());
        assertTrue(actor(found, "Bulgaria").isPresent(), "the country in the name still counts");
    }

    @Test
    void aPortfolioEveryStateHasKeepsItsStateAdjective() {
        var found =
                names(
                        """
                Frigate leaves port

                The Portuguese Ministry of Defence confirmed on Friday that the frigate had \
                sailed. The Greek Ministry of Foreign Affairs welcomed the news, while the Czech \
                Federal Office for Arms Exports said nothing.""");
        assertTrue(found.contains("Portuguese Ministry of Defence"), found.toString());
        assertTrue(found.contains("Greek Ministry of Foreign Affairs"), found.toString());
        assertFalse(found.contains("Ministry of Foreign Affairs"), found.toString());
        assertTrue(found.contains("Federal Office for Arms Exports"), found.toString());
    }

    @Test
    void aStatesGenericBodyInThePossessiveIsNamedByItsAdjective() {
        var found =
                names(
                        """
                Tanker drifts off the coast

                Norway's Coast Guard towed the tanker to port on Sunday. Spain's Defence Ministry \
                offered a ship, and Britain's MI5 Secret Service was said to be watching.""");
        assertTrue(found.contains("Norwegian Coast Guard"), found.toString());
        assertTrue(found.contains("Spanish Ministry of Defence"), found.toString());
        assertTrue(found.contains("MI5"), found.toString());
        assertFalse(found.contains("British MI5 Secret Service"), found.toString());
    }

    @Test
    void aPostSomeoneOnceHeldIsNotAnActor() {
        var found =
                names(
                        """
                A long winter ahead

                "The pressure will only grow," says Jana Novak, who previously served on \
                America's National Security Council.""");
        assertFalse(found.contains("United States National Security Council"), found.toString());
    }

    @Test
    void councilFormationsAndCoalitionOperationsAreKnown() {
        var found =
                names(
                        """
                Ministers agree on patrols

                According to a statement of the foreign affairs council, ministers agreed to \
                send two frigates to work alongside the US-led Prosperity Guardian.""");
        assertTrue(found.contains("Foreign Affairs Council"), found.toString());
        assertTrue(found.contains("Operation Prosperity Guardian"), found.toString());
    }

    @Test
    void aCompanyIsFoundByACompanyNounOrVerbBesideIt() {
        var found =
                actors(
                        """
                Cable cut in the Baltic

                "The damage is total," said a spokesperson for Nordlink, the owner of the cable. \
                Kvarnholm, which operates a second link, said it saw no damage. Officials met \
                defence firm Tallwood on Monday. Nordlink said repairs would take weeks, and \
                Jana Novak, the owner of a cafe in the port, said nothing.""");
        assertEquals(2, actor(found, "Nordlink").orElseThrow().mentions());
        assertTrue(actor(found, "Kvarnholm").isPresent(), found.toString());
        assertTrue(actor(found, "Tallwood").isPresent(), found.toString());
        assertTrue(
                actor(found, "Jana Novak").map(a -> a.kind() == ActorKind.PERSON).orElse(true),
                found.toString());
    }

    @Test
    void anAcronymDefinedInBracketsCountsWhereItRecurs() {
        var found =
                actors(
                        """
                Rescue exercise ends

                The Estonian Rescue Board (ERB) led the exercise near Tallinn. Officials of the \
                ERB said the drill had gone well, and the ERB will hold another in spring.""");
        assertEquals(3, actor(found, "Estonian Rescue Board").orElseThrow().mentions());
    }

    @Test
    void genericNamesHeadingsAndOutletsAreNotOrganisations() {
        var found =
                names(
                        """
                Latvian State Border Guard Reports New Drone Incursion

                The Foreign Ministry said the Intelligence Service had warned of it. Defence \
                Ministry officials agreed, according to the Baltic News Agency.""");
        assertFalse(found.contains("Latvian State Border Guard"), found.toString());
        assertFalse(found.contains("Foreign Ministry"), found.toString());
        assertFalse(found.contains("Intelligence Service"), found.toString());
        assertFalse(found.contains("Defence Ministry"), found.toString());
        assertFalse(found.contains("Baltic News Agency"), found.toString());
    }

    @Test
    void anUntitledNameNeedsAGivenName() {
        var found =
                names(
                        """
                Reports differ

                Baltic Pravda reported that the talks had failed. Marta Kowalczyk said they had \
                not, and Rear-Admiral Jan Wiśniak said the navy was ready.""");
        assertFalse(found.contains("Baltic Pravda"), found.toString());
        assertTrue(found.contains("Marta Kowalczyk"), found.toString());
        assertTrue(found.contains("Jan Wiśniak"), found.toString());
    }

    @Test
    void aPartyAndStateInBracketsOrADottedTitleBeforeTheNameKeepItAPerson() {
        var found =
                names(
                        """
                Lawmakers press for air defence

                WASHINGTON, 4 March 2024 (wire) - Tomas Harlan (D-Ohio) said the delay was \
                costing lives. Marta Quinlan (R-N.Y.), who chairs the panel, agreed.

                "Every week we wait is a week lost," said Rep. Gil Okafor.""");
        assertTrue(found.contains("Tomas Harlan"), found.toString());
        assertTrue(found.contains("Marta Quinlan"), found.toString());
        assertTrue(found.contains("Gil Okafor"), found.toString());
    }

    @Test
    void aLaterSurnameOneLetterOffIsThePersonNamedBeforeNotASecondOne() {
        var found =
                names(
                        """
                Budapest rules out an invitation

                BUDAPEST, 3 May 2024 (wire) - Foreign Minister Tamas Kovacsics spoke on \
                Wednesday. Allies had ruled out an invitation, Kovacsis told reporters, and \
                Minister Kovachics said the summit would not change that. Minister Kovacs \
                agreed.""");
        assertEquals(
                1, found.stream().filter(n -> n.startsWith("Tamas")).count(), found.toString());
        assertFalse(found.contains("Kovacsis"), found.toString());
        assertFalse(found.contains("Kovachics"), found.toString());
        assertTrue(found.contains("Kovacs"), "a surname more than one letter off: " + found);
    }

    @Test
    void aStateNamedInsideAnOrganisationsNameCounts() {
        var found =
                names(
                        """
                Ankara responds

                The Turkish Foreign Ministry said in a statement that talks would go on.""");
        assertTrue(found.contains("Ministry of Foreign Affairs of Turkey"), found.toString());
        assertTrue(found.contains("Turkey"), found.toString());
    }

    @Test
    void aCommentatorsEmployerIsNotAnActor() {
        var found =
                names(
                        """
                Allies weigh costs

                "The bill will be high," said Jana Dvořáková, a senior fellow at the Atlantic \
                Council. "It will be paid," said Petr Novotný of the Brookings Institution.""");
        assertFalse(found.contains("Atlantic Council"), found.toString());
        assertFalse(found.contains("Brookings Institution"), found.toString());
    }

    @Test
    void anOfficeAfterFormerOrAIsNotItsHolder() {
        var found =
                names(
                        """
                Published: 3 March 2025

                Veterans recall

                A former NATO secretary general said the alliance had changed. The memoir of \
                a new foreign secretary, he added, would tell more.""");
        assertFalse(found.contains("Mark Rutte"), found.toString());
        assertFalse(found.contains("David Lammy"), found.toString());
    }

    @Test
    void aMisspeltInstitutionResolvesToTheCodebooks() {
        var found =
                actors(
                        """
                Vote delayed

                The European Parliment delayed its vote on the defence package.""");
        ActorFinding ep = actor(found, "European Parliament").orElseThrow();
        assertTrue(ep.fuzzy());
    }

    @Test
    void aSurnameSharedInTheCodebookMeansThePersonListedFirst() {
        var found =
                names(
                        """
                Published: 12 May 2014

                Pact regretted

                "It is a pity," Rasmussen told reporters on Monday.""");
        assertTrue(found.contains("Anders Fogh Rasmussen"), found.toString());
    }

    @Test
    void aTitleCaseHeadlinesVerbOpensNoName() {
        List<String> found =
                names(
                        """
                        Alliance Chief Urges Closer Work With Partners on Drones

                        The alliance's chief urged members on Thursday to work more closely with \
                        partners on air defence against drones, after a meeting in Brussels.
                        """);
        assertFalse(found.stream().anyMatch(n -> n.startsWith("Urges")), found.toString());
    }

    @Test
    void aTitleCaseHeadlinesWordsMakeNoNameTheStoryNeverGives() {
        List<String> found =
                names(
                        """
                        Leader Snubbed at Summit During Official Family Photo

                        Arriving in Brussels, he said it was a useful meeting. \
                        Jana Novak, the host, told reporters the allies agreed on air defence.
                        """);
        assertFalse(found.stream().anyMatch(n -> n.contains("Photo")), found.toString());
        assertFalse(found.stream().anyMatch(n -> n.contains("Arriving")), found.toString());
        assertTrue(found.contains("Jana Novak"), found.toString());
        List<String> named =
                names(
                        """
                        Novak Meets Kallio Over Baltic Cable Damage In Helsinki Talks

                        Finland's president Petra Kallio received Jana Novak in Helsinki on \
                        Friday to discuss damage to two undersea cables.
                        """);
        assertTrue(named.contains("Petra Kallio"), named.toString());
        assertFalse(named.stream().anyMatch(n -> n.contains("Damage")), named.toString());
    }

    @Test
    void formatsOfAFewStatesAreActorsButAnyCoalitionOfTheWillingIsNot() {
        List<String> found =
                names(
                        """
                        Europe's new formats

                        Paris and London lead the “coalition of the willing” for Ukraine, while \
                        the E3 speak on Iran and Nordic Defence Cooperation plans the north.
                        """);
        assertTrue(found.contains("Coalition of the Willing"), found.toString());
        assertTrue(found.contains("E3"), found.toString());
        assertTrue(found.contains("Nordic Defence Cooperation"), found.toString());
        List<String> generic =
                names(
                        """
                        The single currency

                        The euro was conceived as a de facto coalition of the willing, and the \
                        defence union could be a coalition of the willing too.
                        """);
        assertFalse(generic.contains("Coalition of the Willing"), generic.toString());
    }

    @Test
    void anOutletASpeakerToldOrSpokeToIsASourceNotAnActor() {
        List<String> found =
                names(
                        """
                        Ministers weigh sanctions

                        A senior EU official told Meridian Agency the ministers would act. \
                        In an interview with Coastal Morning Herald, the envoy said the same. \
                        The Latvian State Border Guard reported two drones on Monday.
                        """);
        assertFalse(found.contains("Meridian Agency"), found.toString());
        assertFalse(found.contains("Coastal Morning Herald"), found.toString());
        assertTrue(found.contains("Latvian State Border Guard"), found.toString());
    }

    @Test
    void aCapitalDescribedAsTheCapitalIsStillOnlyTheVenue() {
        List<String> found =
                names(
                        """
                        Ministers meet on the army plan

                        Speaking at a meeting in the Slovakian capital Bratislava on Tuesday, the \
                        minister told his counterparts that the plan would undermine NATO.
                        """);
        assertFalse(found.contains("Slovakia"), found.toString());
        List<String> acting =
                names(
                        """
                        Capitals disagree

                        Bratislava rejected the plan on Tuesday, while Warsaw welcomed it.
                        """);
        assertTrue(acting.contains("Slovakia"), acting.toString());
    }
}
