package org.alliancebrief.analysis.attribution;

import static org.alliancebrief.analysis.attribution.Fixture.speakers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reporting clause names the speaker, on either side of the quotation. */
class ExplicitSieveTest {
    @Test
    void readsTheClauseAfterTheQuotationInBothOrders() {
        assertEquals(
                List.of("Mark Rutte", "Kaja Kallas", "Jana Novak"),
                speakers(
                        """
                Talks in Brussels (agency copy)

                BRUSSELS, May 3 (Wire) - "We will not be divided by threats," said Rutte.

                "Our support for Ukraine will last as long as it is needed," Kallas told reporters.

                "The alliance must be ready for a long contest," Jana Novak, a former NATO \
                official, said on Friday.
                """,
                        "Jana Novak"));
    }

    @Test
    void aVerbThatMayTakeAListenerHasItsSubjectAfterItRightAfterTheQuotation() {
        // "warned NATO" names a listener in narrative; right after a quotation's comma nothing
        // before the verb can be its subject, so the name after it speaks; before a quotation the
        // listener stays a listener.
        assertEquals(
                List.of("Kaja Kallas", "Mark Rutte", "Mark Rutte"),
                speakers(
                        """
                Ministers meet (wire)

                "Instability on our borders feeds every threat we face," warned Kallas.

                "Why should anyone doubt our resolve after this summit?" asked the Secretary                 General, Mark Rutte.

                Rutte warned Kallas that the talks would be long. "We will stay the course on                 defence spending," the minister said.
                """));
    }

    @Test
    void aReportingClauseBetweenDashesInsideTheQuotationNamesItsSpeaker() {
        // Copy translated from Italian or Polish interrupts a quotation with a dashed clause and
        // neither closes nor reopens the marks; the paragraph before named someone else.
        assertEquals(
                List.of("Jana Novak", "Mark Rutte", "Jana Novak", "Mark Rutte"),
                speakers(
                        """
                Cooperation in hard times (repost)

                Jana Novak said the budget talks were hard. "We cannot wait for the next                 crisis to act together on air defence," she said.

                "Our cooperation is all the more important – continued Rutte – at a time when                 budgets in many of our member states are shrinking.

                "We need more air defence in the east – Jana Novak stressed on Friday – because                 the threat grows every week."

                «We see – he told reporters – an unusual build-up of forces near the border.»
                """,
                        "Jana Novak"));
    }

    @Test
    void aParticipleOpeningAParagraphBeforeAQuotationHasNoSubjectBeforeIt() {
        // The participle's subject would stand before the paragraph's first token: there is none.
        assertEquals(
                List.of("Jana Novak", "Jana Novak"),
                speakers(
                        """
                Commission sets out its plan (wire)

                "Our sovereignty will never come at the expense of our allies," Jana Novak said.

                Calling for "a real awakening on security and defence in Europe" in the face of \
                threats, she also tried to reassure the member states.
                """,
                        "Jana Novak"));
    }

    @Test
    void anAdverbBetweenASubjectAndItsVerbKeepsTheNearestClausesSubject() {
        // "privately admit": the diplomats speak, not the analyst whose clause embeds theirs.
        assertEquals(
                List.of(
                        "(unnamed) some diplomats",
                        "(unnamed) several officials",
                        "(unnamed) A senior diplomat"),
                speakers(
                        """
                Spending rows (analysis)

                Jana Novak says some diplomats privately admit that "the pressure worked, even \
                if it came as a rude shock to most capitals".

                But several officials now concede "we should have moved years before anyone \
                asked us to".

                A senior diplomat from a southern member state said the target was "simply not \
                realistic for countries with high debt".
                """,
                        "Jana Novak"));
    }

    @Test
    void aRoleWithThePhraseOfWhomItServesIsTheSubjectOfTheVerbAfterIt() {
        // The verb follows the whole phrase, so the source is not lost to the person before.
        assertEquals(
                List.of(
                        "(unnamed) A spokesperson",
                        "(unnamed) officials",
                        "Jana Novak",
                        "(unnamed) A diplomat"),
                speakers(
                        """
                Plan for the eastern flank (wire)

                Jana Novak, the Czech envoy, spoke first. A spokesperson for the European \
                Commission said "we will present the plan to member states next week".

                "The money will come from the common budget and from loans," officials in \
                Brussels said.

                Novak welcomed the plan and said "it is the first time the Union pays for this \
                kind of defence." A diplomat in Brussels added: "Every member state will \
                have to take its share of the cost."
                """,
                        "Jana Novak"));
    }

    @Test
    void aNameApposedToTheRoleBeforeTheVerbIsTheSpeakerUnlessTheRoleIsOneOfSeveralSubjects() {
        assertEquals(
                List.of("Jana Novak"),
                speakers(
                        """
                Talks in Prague (wire)

                Ministers met on Tuesday. The minister, Jana Novak, said "we will present the \
                plan to the member states next week".
                """,
                        "Jana Novak"));
        List<String> joint =
                speakers(
                        """
                Talks in Helsinki (wire)

                Leaders of eight coastal states and the alliance's chief, Jana Novak, announced \
                a patrol mission that will "deploy more ships and aircraft to watch the cables".
                """,
                        "Jana Novak");
        assertNotEquals("Jana Novak", joint.get(0), "a name apposed to one of several subjects");
    }

    @Test
    void twoPeopleEachWithTheirStateOrApposedToTheirDescriptionSpeakTogether() {
        assertEquals(
                List.of("Dario Conti and Petra Holm", "Dario Conti and Petra Holm"),
                speakers(
                        """
                Two capitals write to Brussels (wire)

                VILNIUS, 3 March. Lithuania's Dario Conti and Germany's Petra Holm wrote in a joint \
                letter: "The sea must not become a lawless zone for sabotage."

                The two ministers, Dario Conti and Petra Holm, added that "every incident must \
                be investigated quickly and in full".
                """,
                        "Dario Conti",
                        "Petra Holm"));
        assertEquals(
                List.of("Dario Conti and Petra Holm"),
                speakers(
                        """
                Ministers demand an inquiry (wire)

                ROME, 3 March. The foreign ministers of the two countries, Dario Conti and \
                Petra Holm, said: "Every incident must be investigated quickly and in full."
                """,
                        "Dario Conti",
                        "Petra Holm"));
    }

    @Test
    void onePartOfAGroupOfSourcesIsAnUnnamedSourceNotTheSpeakerBefore() {
        assertEquals(
                List.of(
                        "Jana Novak",
                        "(unnamed) one of the officials",
                        "(unnamed) Two of his aides"),
                speakers(
                        """
                Allies join the project (wire)

                BRUSSELS, 5 May. "This is an area of shared priority for all of us," Jana Novak \
                said.

                "It is also very important for cooperation between the allies," one of the \
                officials said.

                Two of his aides said: "The decision was taken weeks before the meeting."
                """,
                        "Jana Novak"));
        assertEquals(
                List.of(
                        "Jana Novak",
                        "(unnamed) people familiar with the talks",
                        "(unnamed) a participant"),
                speakers(
                        """
                Allies join the project (wire)

                BRUSSELS, 5 May. "This is an area of shared priority for all of us," Jana Novak \
                said.

                "It is also very important for cooperation between the allies," people \
                familiar with the talks said.

                "Nobody expected the decision to come this quickly," a participant said.
                """,
                        "Jana Novak"));
    }

    @Test
    void inTheWordsOfAndANameApposedBeforeAColonNameTheSpeaker() {
        assertEquals(
                List.of("Jana Novak", "Jana Novak"),
                speakers(
                        """
                Europe and the alliance (commentary)

                Mark Rutte is at the centre of the debate. In the words of Jana Novak, "Europe \
                must learn to speak the language of power again".

                Rutte listened. The Czech envoy, Jana Novak, was blunt: "No ally can afford to \
                free-ride on the others any longer."
                """,
                        "Jana Novak"));
    }

    @Test
    void aDocumentSpeaksForWhoeverTheTextSaysWroteOrAdoptedIt() {
        assertEquals(
                List.of("Jana Novak", "Jana Novak"),
                speakers(
                        """
                Two papers on the flank (think tank)

                Mark Rutte opened the conference. The report, written by Jana Novak, warns that \
                "the union is not ready for a long war on its eastern border".

                Rutte spoke again later. In March, Novak signed a declaration with her \
                counterparts. The declaration reads: "We will defend every inch of allied \
                territory together."
                """,
                        "Jana Novak"));
    }

    @Test
    void aMessageOrRemarksSpeakForWhoseTheyAre() {
        assertEquals(
                List.of("Jana Novak"),
                speakers(
                        """
                Leaders react to the summit (wire)

                Mark Rutte closed the summit. Jana Novak's message was clear: "No amount of aid \
                is enough while the war goes on."
                """,
                        "Jana Novak"));
    }

    @Test
    void aPlainRoleNounNamesAgainThePersonJustIntroducedUnlessTheTextBroughtInASource() {
        // Agency copy varies its words for the one speaker it quotes ...
        assertEquals(
                List.of("Jana Novak", "Jana Novak"),
                speakers(
                        """
                        Moscow warns the EU (wire)

                        MOSCOW, May 3. The trend is dangerous, Foreign Ministry spokeswoman \
                        Jana Novak told reporters.

                        "We consider this trend in the EU to be a grave mistake for Europe," the \
                        diplomat said.

                        "Their governments carry out orders from elsewhere," she emphasised.
                        """,
                        "Jana Novak"));
        // ... but an unnamed source brought in under the same noun stays that source.
        assertEquals(
                List.of("(unnamed) A spokeswoman"),
                speakers(
                        """
                        Calls on Sunday (wire)

                        Prime Minister Jana Novak said she had spoken to Rutte on Sunday.

                        A spokeswoman for the office said she had restated her position. "She \
                        also said that tariffs on allies are the wrong answer," the spokeswoman \
                        added.
                        """,
                        "Jana Novak"));
    }

    @Test
    void aListedAgencySpeaksForWhatItReported() {
        assertEquals(
                List.of("Mark Rutte", "Reuters", "Bloomberg"),
                speakers(
                        """
                        Talks drag on (wire)

                        "We will stay until there is a deal on the table," Rutte said on Monday.

                        "The talks will go on into the night and no deal is expected before \
                        Friday," Reuters reported.

                        "No one sees an immediate military threat in the region today," according \
                        to Bloomberg.
                        """));
        // "the agency" goes back to the agency named last, when no body named before is one.
        assertEquals(
                List.of("Bloomberg"),
                speakers(
                        """
                        Budapest said to oppose membership (wire)

                        The prime minister told the summit that Kyiv should not join, Bloomberg \
                        reports, citing sources.

                        "Hungary attended the summit and refused to pay its share of the aid," the \
                        agency said in a statement.
                        """));
    }

    @Test
    void aDescriptionReadAsNoOneBeforeAVerbStillEndsTheLastSpeakersTurn() {
        assertEquals(
                List.of("Mark Rutte", "(unnamed) the bloc"),
                speakers(
                        """
                        Sanctions talks (wire)

                        "We will respond at a time of our choosing," Rutte said on Monday.

                        "Sanctions will follow if the attacks on our cables go on," the bloc \
                        said.
                        """));
    }

    @Test
    void aDocumentSpeaksForWhoeverItsPossessorStandsFor() {
        // A plural possessor ("countries'") and a role noun's "'s" are mentions of their own: the
        // statement after them speaks for the body they belong to or the person they stand for.
        assertEquals(
                List.of("NATO", "Jana Novak", "NATO"),
                speakers(
                        """
                        New command for Ukraine aid (wire)

                        Russia protested on Monday against the plan.

                        "The door to membership stays open for those who qualify," the NATO \
                        countries' statement reads.

                        Defence Minister Jana Novak visited Riga on Tuesday.

                        "Training will move to a lasting footing next year," the minister's \
                        statement said.

                        "Allies will review the plan in the spring," the NATO members' joint \
                        statement said.
                        """,
                        "Jana Novak"));
    }

    @Test
    void readsTheClauseBeforeTheQuotation() {
        assertEquals(
                List.of("Kaja Kallas", "Mark Rutte", "Jens Stoltenberg", "Mark Rutte"),
                speakers(
                        """
                        Analysis: a long week for Europe

                        Speaking late on Monday, argued Kallas: "We cannot wait for the next \
                        summit to act."

                        According to Rutte, "the alliance has never been more united than today."

                        Stoltenberg: "Our door remains open to every democracy in Europe."

                        Rutte said the allies would "do whatever it takes to protect our people."
                        """));
    }

    @Test
    void givesAQuotationRelayedByAnOutletToThePersonItQuotes() {
        assertEquals(
                List.of("Jana Novak", "Jana Novak", "Jana Novak"),
                speakers(
                        """
                        Minister rejects talks (wire roundup)

                        “No one has ever forced this country to give up its own defence,” \
                        Kanal Nine quoted Novak as saying.

                        The state agency cited Novak as saying: “We will answer every provocation \
                        in our own time.”

                        Earlier, “the border will stay closed until the spring,” the daily \
                        Morning Post quoted Novak as telling a forum in the capital.
                        """,
                        "Jana Novak"));
    }

    @Test
    void givesAHeadlineQuotationToThePersonTheLeadIsAbout() {
        assertEquals(
                List.of("Jana Novak", "(unnamed) Critics"),
                speakers(
                        """
                        Britain 'will veto any plan for a European army'

                        Tom Writer
                        September 27, 2016

                        Defence Secretary Jana Novak has vowed to block EU plans for closer \
                        military cooperation that could rival NATO.

                        Critics called the plan "a solution in search of a problem for Europe".
                        """,
                        "Jana Novak",
                        "Tom Writer"));
        assertEquals(
                List.of("Jana Novak"),
                speakers(
                        """
                        Europe 'must pay for its own air defence now'

                        LONDON (Wire) - Defence Secretary Jana Novak told allies on Monday that \
                        the money must come from national budgets.
                        """,
                        "Jana Novak"));
        assertEquals(
                List.of("Jana Novak"),
                speakers(
                        """
                        Europe 'must pay for its own air defence now'

                        London – Defence Secretary Jana Novak told allies on Monday that the \
                        money must come from national budgets.
                        """,
                        "Jana Novak"),
                "a dateline the reader leaves in the lead (no date, no agency) still ends at its dash");
        assertEquals(
                java.util.Arrays.asList((String) null),
                speakers(
                        """
                        Allies 'will not accept a divided alliance in the north'

                        The summit in Vilnius closed with a pledge from Jana Novak and others.
                        """,
                        "Jana Novak"));
    }

    @Test
    void readsALabelLineAboveTheQuotation() {
        assertEquals(
                List.of("Mark Rutte"),
                speakers(
                        """
                Transcript of the press point

                Mark Rutte:

                "Good morning. We have agreed today to strengthen our air defences."
                """));
    }

    @Test
    void givesDocumentsGroupsAndBodiesTheirOwnVoice() {
        assertEquals(
                List.of(
                        "EU-NATO Joint Declaration",
                        "Kaja Kallas and Mark Rutte",
                        "Belgian foreign ministry"),
                speakers(
                        """
                        Press release: partners sign

                        "We will take our partnership to a new level," the joint declaration \
                        reaffirms.

                        Kallas met Rutte in Brussels. "We stand together in the face of this \
                        threat," both leaders said in a joint statement.

                        "Belgium will host the next round of talks in the spring," the Belgian \
                        foreign ministry said.
                        """));
    }

    @Test
    void keepsUnnamedSourcesUnnamed() {
        assertEquals(
                List.of(
                        "(unnamed) a senior EU diplomat",
                        "(unnamed) an official who asked not to be named"),
                speakers(
                        """
                        Diplomats doubt the plan

                        "Nobody in this building believes the deal will hold," a senior EU \
                        diplomat said.

                        "We were told to prepare for the worst case," an official who asked not \
                        to be named said.
                        """));
    }

    @Test
    void givesAStatementNamedBeforeToTheGroupThatIssuedIt() {
        assertEquals(
                List.of(
                        "Russia and United States",
                        "Russia and United States",
                        "Russia and United States"),
                speakers(
                        """
                        Tariff row (BBC-style report)

                        The new duties would fall on Russia and the United States.

                        In their joint statement, the two countries said that "the duties \
                        undermine trade across the whole region", adding that they "will answer \
                        in kind if they are imposed".

                        "We stand ready to talk on the basis of the rules we both signed," the \
                        statement reads.
                        """));
    }

    @Test
    void readsAModalBetweenTheSpeakerAndTheVerb() {
        assertEquals(
                List.of("United States", "Mark Rutte"),
                speakers(
                        """
                        Blog: the burden-sharing debate

                        Europeans long feared the US could say: "You are on your own from now                         on, we are leaving."

                        Rutte must argue that "the alliance is only as strong as what each ally                         spends on it".
                        """));
    }

    @Test
    void aClauseBeforeTheQuotationBeatsTheNextSentencesClauseAfterIt() {
        assertEquals(
                List.of("Kaja Kallas", "Mark Rutte"),
                speakers(
                        """
                        Ministers meet (wire)

                        Kallas said: "We will keep our sanctions in place until the war ends."                         Rutte said "the alliance will not be intimidated by threats from Moscow".
                        """));
    }

    @Test
    void endsAQuotationLeftOpenAtTheReportingClauseThatEndsItsParagraph() {
        assertEquals(
                List.of("Kaja Kallas", "Jana Novak", "Mark Rutte"),
                speakers(
                        """
                        Ministers meet in Brussels

                        “We will keep up the pressure on Moscow. Our sanctions will bite \
                        harder, EU foreign policy chief Kaja Kallas said on Monday.

                        "The next package is ready and it will be adopted, Jana Novak, the \
                        envoy of the presidency, told reporters.

                        “Nobody should doubt our resolve in the coming months, said Rutte.
                        """,
                        "Jana Novak"));
        assertEquals(
                List.of("We will keep up the pressure on Moscow. Our sanctions will bite harder,"),
                Fixture.quotes(
                        """
                        Ministers meet

                        “We will keep up the pressure on Moscow. Our sanctions will bite \
                        harder, EU foreign policy chief Kaja Kallas said on Monday.
                        """));
    }
}
