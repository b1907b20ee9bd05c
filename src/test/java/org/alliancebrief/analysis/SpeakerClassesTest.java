package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookLoader;
import org.junit.jupiter.api.Test;

/**
 * Whole articles of our own for each kind of attribution that rules fitted to a few pages miss:
 * clauses with long appositions and affiliations, surnames whose full name came earlier without a
 * title, subjects that introduce a quotation in the same sentence, pronouns that must agree.
 */
class SpeakerClassesTest {
    private static final Codebook CODEBOOK = load();

    private static Codebook load() {
        try {
            return CodebookLoader.load(
                    Path.of(SpeakerClassesTest.class.getResource("small-codebook.yaml").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> speakers(String text) {
        return QuoteSpeakers.of(CODEBOOK, text);
    }

    @Test
    void readsClausesWithLongAppositionsAffiliationsAndSurnamesOfEarlierNames() {
        assertEquals(
                List.of("Jana Novak", "Anna Berg", "Petr Dvorak", "Petr Dvorak", "Mark Rutte"),
                speakers(
                        """
                        Agencies sign a data-sharing deal

                        “Sharing what we know about threats makes every network safer,” Jana \
                        Novak, General Manager of the Example Communications (EXC) Agency, \
                        said in a statement.

                        “The deal is small but it sets a pattern for the others,” Anna Berg of \
                        the Centre for Security Policy told us.

                        A letter from the ambassador to the EU Petr Dvorak asks for an answer \
                        within a month.

                        “I would welcome your reply before the end of June,” Dvorak wrote. “We \
                        hope to avoid any further steps,” he added.

                        “The door to our cooperation stays open to all partners,” NATO \
                        Secretary-General Mark Rutte said.
                        """));
    }

    @Test
    void aRoleWithItsTitlesModifierIsNotThePersonOfAnotherOfficeWithTheSameHeadNoun() {
        assertEquals(
                List.of("Petr Dvorak", "Petr Dvorak", "Petr Dvorak"),
                speakers(
                        """
                        Prague May Block the Talks, Says Czech Top Diplomat

                        PRAGUE (wire) - The talks will not open this year, Foreign Minister Petr \
                        Dvorak said in an interview on Tuesday.

                        "The decision has no practical meaning whatsoever," the country's top \
                        diplomat said.

                        Dvorak recalled that Prime Minister Jana Novak did not take part in the \
                        talks, since the other leaders insisted on a green light. According to \
                        Dvorak, it was the best Novak could do.

                        "We were not involved in this decision and we are not bound by it," the \
                        Czech foreign minister added.

                        "Nobody asked us before the money was spent," the foreign minister said.
                        """));
    }

    @Test
    void thePoliticianNamesThePersonJustQuotedButALawmakerIsAnUnnamedSource() {
        assertEquals(
                List.of("Jana Novak", "Jana Novak", "a lawmaker"),
                speakers(
                        """
                        Drones know no borders, commissioner says

                        RIGA, 10 October 2025 (wire) - Commissioner Jana Novak visited Riga on \
                        Friday. "The capabilities we have to detect aircraft are not sufficient \
                        against drones," said Novak.

                        In border regions, cooperation is particularly important, Novak stressed. \
                        "Drones fly from one country to the next within minutes," the politician \
                        said.

                        "We have been asking for this money for two years," a lawmaker from the \
                        ruling party said.
                        """));
    }

    @Test
    void aNameTheAnalysisDoesNotKnowAfterTheQuotationIsNotTheSpeakerBefore() {
        assertEquals(
                List.of("Jana Novak", "Acme Defence", "the embassy", "Petr Dvorak"),
                speakers(
                        """
                        Allies join the project

                        BRUSSELS, 5 May 2021 (wire) - "This is an area of shared priority for all \
                        of us," Defence Minister Jana Novak said.

                        "Orders will grow faster than the plants can be built," Acme Defence said.

                        "The ambassador will attend the ceremony on Friday," the embassy said.

                        "The decision was taken weeks before the meeting," Dvorak told reporters. \
                        Foreign Minister Petr Dvorak had flown in from Prague.
                        """));
    }

    @Test
    void thePoliceAStatesArmyOrNavySpeakAsBodiesNotAsThePersonBefore() {
        assertEquals(
                List.of("Lithuania", "The police", "Police"),
                speakers(
                        """
                        Tensions rise in the north

                        VILNIUS, 12 February 2023 (wire) - Defence Minister Jana Novak warned of \
                        attacks on the mission. She also urged all parties to avoid escalation.

                        The Lithuanian army said, in a statement, that "armed groups blocked \
                        several roads near the border overnight".

                        The police said in a statement that "shots were fired at a patrol on its \
                        way to the crossing".

                        Police said: "Nobody was hurt, and the roads are open again this morning."
                        """));
    }

    @Test
    void lessCommonVerbsOfSpeechEndAQuotationsClauseToo() {
        assertEquals(
                List.of("Jana Novak", "Petr Dvorak", "Jana Novak", "Petr Dvorak", "Jana Novak"),
                speakers(
                        """
                        Ministers spar over the drone shield

                        VILNIUS, 4 March 2025 (wire) - Defence Minister Jana Novak and Foreign \
                        Minister Petr Dvorak disagreed in public on Tuesday.

                        "We have a lot to learn from those who fight drones every day," Novak \
                        summarized.

                        "Learning is not the same as buying their systems," Dvorak retorted.

                        "Nobody asked us before the money was spent," Novak lamented.

                        "The budget will be there when the plan is ready," Dvorak assured.

                        "The first deliveries will come before the summer," Novak outlined the \
                        timetable.
                        """));
    }

    @Test
    void aPartyInBracketsAfterTheNameIsNoSubject() {
        assertEquals(
                List.of("Jana Novak", "Gil Okafor"),
                speakers(
                        """
                        Parliament watches the vote

                        BRUSSELS, 4 March 2024 (wire) - Members of the European Parliament \
                        followed the vote in Washington.

                        Jana Novak (EPP, Lithuania), a member of the foreign affairs \
                        committee, told reporters: "Europe is watching this vote closely."

                        "This bill sends a message to our friends in Europe," said Rep. Gil \
                        Okafor (D-N.Y.).
                        """));
    }

    @Test
    void theSubjectOfTheClauseThatIntroducesAQuotationSpeaks() {
        assertEquals(
                List.of("Mark Rutte", "Mark Rutte", "Olena Kovalenko", "Petr Dvorak", "Anna Berg"),
                speakers(
                        """
                        Allies pledge more

                        Kallas wrote about the pledge on X. Rutte welcomed it, saying it was \
                        “a strong signal of unity across the whole alliance” and “I expect more \
                        allies to follow in the coming weeks.”

                        With Ukraine's foreign minister Olena Kovalenko insisting that the plan is \
                        “a first step towards a just and lasting peace”, the talks went on.

                        Sir Petr Dvorak, head of the service, the country's foreign intelligence \
                        agency, put it more bluntly: “Their agents have become reckless in every \
                        country.”

                        The agency reacted within the hour, with spokesperson Anna Berg stating:

                        “We take every one of these reports very seriously indeed.”
                        """));
    }

    @Test
    void pronounsAgreeAndQuotationParagraphsCarryTheSpeakerOn() {
        assertEquals(
                List.of("Mark Rutte", "Kaja Kallas", "Kaja Kallas", "Kaja Kallas", "NATO"),
                speakers(
                        """
                        Alliance denies report

                        The alliance's secretary general, Mark Rutte, initially denied the report \
                        on Monday. Officials in Brussels confirmed parts of it later in the day.

                        “We do not comment on intelligence matters of this kind,” he said.

                        Kaja Kallas met John Kerry in Brussels on Tuesday. Kerry praised the plan.

                        “We are proud of the work our teams have done together this year,” she \
                        said.

                        “The mission will go on for as long as our partners need it,” Kallas \
                        told reporters in Brussels.

                        “Nobody should doubt that we will keep every one of our promises.”

                        NATO published its annual review on Friday. IT staff across the \
                        headquarters worked on it.

                        “The threat to our networks has never been greater than it is now,” it \
                        said.
                        """));
    }

    @Test
    void aSpeakerIsANameAndNoSubordinateClauseSpeaks() {
        assertEquals(
                List.of("NATO foreign ministers", "Jana Novak", "Jana Novak"),
                speakers(
                        """
                        Ministers meet in Riga

                        When NATO foreign ministers met in Riga, they agreed on a new plan. This \
                        would make sure that “every ally can count on the others in a crisis of any \
                        kind”.

                        Jana Novak says she learned a lot from the exercise. “I found that the EU \
                        was the better partner for most of the work,” she says. While NATO had \
                        the plans, “the EU had the rules, the staff and the money.”
                        """));
    }

    @Test
    void aRoleWithATailIsApposedToTheNameAfterItAndATwoWordTitleIsOnePhrase() {
        assertEquals(
                List.of("Lars Havik", "Lars Havik", "Lars Havik"),
                speakers(
                        """
                        Drones over the bases

                        NATO Secretary General Mark Rutte said the allies would act together.

                        A retired major general in the Norwegian army, Lars Havik, told reporters \
                        that the plan was "a bold idea with very little money behind it", but \
                        that it mattered.

                        "It could be the ports or the power lines next time," said Havik of the \
                        Nordic Institute for Drone Research. "We should expect more of this \
                        kind of thing."
                        """));
    }

    @Test
    void aLineBelowAQuotationThatOnlyNamesSomeoneSignsIt() {
        assertEquals(
                java.util.Arrays.asList(null, "Mark Rutte", "Jana Kowalczyk", "Kaja Kallas"),
                speakers(
                        """
                        Quick reads: the summit in four quotes

                        “The plan is ambitious, and the first systems arrive within a year.”

                        Lithuania hosted the leaders for two days of talks on air defence.

                        “No ally can defend its skies alone, and none of us will have to do so \
                        from now on.”

                        NATO Sec. Gen. Rutte, 12 March 2025

                        “The money for the systems is already in next year's budget, and the \
                        contracts follow in the spring.”

                        — Jana Kowalczyk, Minister of Defence

                        “We will buy them together, deploy them together and train together.”

                        Kallas, EU foreign policy chief, at the press conference

                        The ministers will meet again in June to review the first steps.
                        """));
    }

    @Test
    void aTitleBeforeALoneSurnameMakesItAPerson() {
        assertEquals(
                List.of("Hrabec", "Hrabec", "Sorvino"),
                speakers(
                        """
                        Navy chiefs meet in Kiel

                        Vice Admiral Hrabec, commander of the allied maritime command, told \
                        reporters that “the Baltic is now a sea the allies watch every hour”.

                        “We see more ships of the shadow fleet each month,” Hrabec said.

                        “Our patrols will go on through the winter and beyond,” said Lt. Gen. \
                        Sorvino.
                        """));
    }

    @Test
    void aProsecutorBeforeANameMakesItAPerson() {
        assertEquals(
                List.of("Henrik Lindqvist"),
                speakers(
                        """
                        Cables cut under the sea

                        The national prosecutor said on Tuesday that it had opened an inquiry.

                        "The damage is being investigated as sabotage. The inquiry is at a very \
                        early stage," prosecutor Henrik Lindqvist said in a statement.
                        """));
    }

    @Test
    void aNewsOutletSpeaksForWhatItWrote() {
        assertEquals(
                List.of("Daily Clarion", "Tallinn News Agency"),
                speakers(
                        """
                        Storm on the coast

                        The storm hit the coast on Monday, according to the Daily Clarion \
                        newspaper in Wales.

                        "The water came through the roof of every house in the street," wrote \
                        the Daily Clarion.

                        "Ships were kept in port along the whole of the northern coast," the \
                        Tallinn News Agency reported.
                        """));
    }

    @Test
    void aFullerDescriptionNamesAgainThePersonJustQuoted() {
        assertEquals(
                List.of("Jana Novak", "Jana Novak"),
                speakers(
                        """
                        Moscow warns Brussels

                        Deputy Foreign Minister Jana Novak said the bloc was changing fast.

                        "This is a change of philosophy that worries us a great deal," the \
                        senior Russian diplomat stressed. "We will have to answer it."
                        """));
    }

    @Test
    void aRoleOfABodyNoOneBeforeWasTitledWithStandsForNoEarlierPerson() {
        assertEquals(
                List.of("the head of Germany's foreign-intelligence agency"),
                speakers(
                        """
                        Spies sound the alarm

                        Mark Rutte opened the meeting in the morning.

                        On Monday the head of Germany's foreign-intelligence agency told \
                        parliament that Russia "would not hesitate to test the alliance if it \
                        could".
                        """));
    }

    @Test
    void aNameAfterAPrepositionIsNoSubjectThatALaterRoleNounStandsFor() {
        assertEquals(
                List.of("Jana Novak"),
                speakers(
                        """
                        A post in Brussels

                        The post went to Jana Novak, a former prime minister of her country.

                        Novak believes that an attack on the union by Kallas is a real threat.

                        The commissioner spoke to this newspaper during a visit to Kyiv.

                        "Our neighbour has moved to a war economy and cannot go back"
                        """));
    }

    @Test
    void aCommentatorTheTextDoesNotNameIsUnnamed() {
        assertEquals(
                List.of("One commentator"),
                speakers(
                        """
                        Is the alliance worth it?

                        Is NATO worth the money? One commentator says: "The question is not \
                        whether the alliance still works, but whether it can change in time."
                        """));
    }

    @Test
    void aGivenNameOfTheLexiconMakesHeAndSheAgree() {
        assertEquals(
                List.of("Petra Holm", "Jan Berg", "Petra Holm"),
                speakers(
                        """
                        Ministers agree on a joint depot

                        Defence Minister Petra Holm met her counterpart, Defence Minister Jan \
                        Berg, in Oslo on Tuesday to sign the agreement.

                        “The depot will be ready before the winter exercises begin,” she said.

                        “We have waited a long time for a deal of this kind,” he said.

                        “Both our armies will use it from the first day,” she added.
                        """));
    }
}
