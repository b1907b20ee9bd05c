package org.alliancebrief.analysis.attribution;

import static org.alliancebrief.analysis.attribution.Fixture.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotations on tokens, in the typography of wires, British copy, blogs and other languages. */
class QuoteFinderTest {
    @Test
    void findsCurlyAndStraightDoubleQuotes() {
        assertEquals(
                List.of(
                        "We will defend every inch of allied territory,",
                        "There is no alternative to unity in this alliance"),
                quotes(
                        """
                Allies meet

                “We will defend every inch of allied territory,” the minister said. Asked \
                about talks, she said: "There is no alternative to unity in this alliance".
                """));
    }

    @Test
    void takesLongSingleQuotedSpansEvenWhereTheCopyUsesDoubleOnes() {
        assertEquals(
                List.of("Europe must carry more of the load now", "we are ready to help,"),
                quotes(
                        """
                        Minister: ‘Europe must carry more of the load now’

                        The allies’ plans were welcomed. “we are ready to help,” an envoy said, \
                        calling it a ‘turning point’.
                        """));
    }

    @Test
    void keepsQuotesInsideQuotesInTheOuterSpan() {
        assertEquals(
                List.of("They told us \"you must leave the region\" and we did not go."),
                quotes(
                        """
                        A post

                        He wrote: "They told us "you must leave the region" and we did not go."
                        """));
        // Copy with mixed marks closes the inner span with a curly one.
        assertEquals(
                List.of("On the \"sky shield” plan, I think it was a sound idea and we will act."),
                quotes(
                        """
                        A post

                        He noted: "On the "sky shield” plan, I think it was a sound idea and we \
                        will act."
                        """));
    }

    @Test
    void readsGuillemetsAndLowNinetyQuotes() {
        assertEquals(
                List.of("Nous resterons unis face à la menace", "Wir stehen fest an der Seite"),
                quotes(
                        """
                        Réunion

                        Il a dit : « Nous resterons unis face à la menace ». Sie sagte: \
                        „Wir stehen fest an der Seite“.
                        """));
    }

    @Test
    void runsAQuotationLeftOpenToItsParagraphEndAndPicksUpOneWithoutOpener() {
        assertEquals(
                List.of(
                        "We have agreed on a plan for the east.",
                        "It will be funded from next year,",
                        "The Centre will serve as a hub for us all,"),
                quotes(
                        """
                        Summit ends

                        "We have agreed on a plan for the east.

                        "It will be funded from next year," she said.

                        The Centre will serve as a hub for us all,” the director says.
                        """));
    }

    @Test
    void runsASingleQuotedQuotationOnIntoTheNextParagraph() {
        assertEquals(
                List.of(
                        "We have all seen what the bloc's plans did to the budget.",
                        "This is simply a proposal that nobody in Britain asked for.",
                        "I can't say what the review will decide, but you won't wait long."),
                quotes(
                        """
                        Minister attacks army plan

                        He said: 'We have all seen what the bloc's plans did to the budget.

                        'This is simply a proposal that nobody in Britain asked for.'

                        Pressed on spending, she said: 'I can't say what the review will \
                        decide, but you won't wait long.'
                        """));
    }

    @Test
    void aNameInTitleCaseIsATitleInProseButSpeechInATitleCaseHeadline() {
        assertEquals(
                List.of("We Will Not Pay For The Defence Of Others", "we will not pay for them"),
                quotes(
                        """
                        Minister Says 'We Will Not Pay For The Defence Of Others'

                        Leaders also agreed a separate “Joint Industrial Capacity Expansion \
                        Pledge”, and a clause on the “future of the partners in the alliance”.

                        The minister repeated that “we will not pay for them” on Friday.
                        """));
    }

    @Test
    void leavesTitlesMarkupAndScareQuotesOut() {
        assertEquals(
                List.of(),
                quotes(
                        """
                Exercise

                Troops joined the exercise "Steadfast Defender Twenty Twenty Four" while the \
                conference "Strengthening Resilience Against Hybrid Threats" met on the theme \
                "how we stay safe in a contested world" to counter "little green men".

                <img alt="Soldiers stand near a fire at the border crossing today">

                excerpt: "A summary line that a blog engine wrote for the page"

                The review is known as "Coordinated Review of Defence Plans and Budgets" and \
                she likened it to the film "All Quiet on the Western Front."
                """));
    }

    @Test
    void aStraightSingleMarkAfterALetterOtherThanSClosesAScareQuoteBeforeAPossessive() {
        assertEquals(
                List.of("It's the right call for the country's defence."),
                quotes(
                        """
                        Minister holds the line

                        The minister's 'robust' stance was welcomed by the MPs' committee \
                        chairman, who said: 'It's the right call for the country's defence.'
                        """));
    }

    @Test
    void countsAHeadlineQuoteThatRepeatsTheBodyOnce() {
        assertEquals(
                List.of("We have to keep our skies safe,"),
                quotes(
                        """
                Rutte: 'We have to keep our skies safe'

                "We have to keep our skies safe," Rutte said on Tuesday.
                """));
    }

    @Test
    void pairsMarksInThePageStyle() {
        assertEquals(
                List.of(
                        "Wir werden die Hilfe für die Ukraine fortsetzen",
                        "Das Bündnis bleibt geschlossen und stark,",
                        "Vi står fast vid Ukrainas sida i kriget,",
                        "Vi kommer att fortsätta stödet nästa år.",
                        "We will keep our promises to our partners,",
                        "Our soldiers will stay in the region for now,"),
                quotes(
                        """
                        Stimmen aus Europa

                        Der Minister sagte: „Wir werden die Hilfe für die Ukraine fortsetzen“. \
                        „Das Bündnis bleibt geschlossen und stark,“ fügte er hinzu.

                        »Vi står fast vid Ukrainas sida i kriget,» sade ministern. »Vi kommer \
                        att fortsätta stödet nästa år.»

                        ‘‘We will keep our promises to our partners,’’ the envoy said.

                        ”Our soldiers will stay in the region for now,” the general said.
                        """));
    }

    @Test
    void aLowNinePageClosesWithTheHighSixMark() {
        // The closing “ of a quotation carried over from the paragraph before, or typed with a
        // space before it, is no opener: the words after it are no quotation.
        assertEquals(
                List.of(
                        "Wir stehen fest an der Seite unserer Partner.",
                        "Daran wird sich auch im Winter nichts ändern",
                        "Wir liefern weitere Systeme zur Luftverteidigung"),
                quotes(
                        """
                        Ministerin in Kiew

                        „Wir stehen fest an der Seite unserer Partner.

                        Daran wird sich auch im Winter nichts ändern“, sagte die Ministerin \
                        am Montag in Kiew.

                        „Wir liefern weitere Systeme zur Luftverteidigung “ – so lautet die \
                        Zusage der Regierung für die kommenden Wochen.
                        """));
    }

    @Test
    void readsMistypedMarksTheWayTheTextReads() {
        // ",”We" opens a quotation; a double mark inside a word is a mistyped apostrophe.
        assertEquals(
                List.of("We welcome this step towards a stronger and safer alliance."),
                quotes(
                        """
                        Reactions

                        The President wrote in a post,”We welcome this step towards a stronger \
                        and safer alliance.” Critics pointed to Russia”s threats and to the \
                        region”s worries about what comes next for them all.
                        """));
    }
}
