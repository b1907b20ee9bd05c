package org.alliancebrief.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancebrief.brief.template.Section;
import org.alliancebrief.codebook.ActorKind;
import org.alliancebrief.codebook.Group;

/** Writes one section per leading area or theme: a paragraph from the figures and its quotes. */
final class TopicWriter {
    private final Figures figures;
    private final QuoteChooser quotes;

    TopicWriter(Figures figures, QuoteChooser quotes) {
        this.figures = figures;
        this.quotes = quotes;
    }

    List<Part> write(Section.Topics s, Set<Integer> cited) {
        List<Figures.Ranked> topics = new ArrayList<>();
        topics.addAll(figures.present(Group.AREA).stream().limit(s.areas()).toList());
        topics.addAll(figures.present(Group.THEME).stream().limit(s.themes()).toList());
        List<Part> parts = new ArrayList<>();
        for (Figures.Ranked topic : topics) {
            List<CitedQuote> chosen = quotes.choose(topic.entry().id(), s.quotes());
            chosen.forEach(q -> cited.add(q.source()));
            String paragraph =
                    Wording.fill(
                            s.paragraph(),
                            Map.of(
                                    "label", topic.label(),
                                    "articles",
                                            Wording.number(topic.articles())
                                                    + " of "
                                                    + Wording.count(figures.articles(), "article"),
                                    "share",
                                            Wording.percent(
                                                    Wording.share(
                                                            topic.articles(), figures.articles())),
                                    "mentions", Wording.count(topic.mentions(), "mention"),
                                    "partners", partners(topic, s.partners())));
            if (chosen.isEmpty() && !s.noQuotes().isBlank()) {
                paragraph = paragraph + " " + s.noQuotes();
            }
            parts.add(
                    new Part.TopicSection(
                            topic.label(), topic.entry().id().value(), paragraph, chosen));
        }
        return parts;
    }

    /**
     * The actors most often named in the same articles. Organisations named in every article (NATO
     * and the EU, in a corpus about them) say nothing about one topic and are left out.
     */
    private String partners(Figures.Ranked topic, String sentence) {
        int all = figures.articles();
        List<String> names =
                figures.actors().stream()
                        .filter(a -> !(a.kind() == ActorKind.ORGANISATION && a.articles() >= all))
                        .map(
                                a ->
                                        Map.entry(
                                                a,
                                                figures.summary
                                                        .actorThemes()
                                                        .getOrDefault(
                                                                a.id(),
                                                                java.util.Collections
                                                                        .emptySortedMap())
                                                        .getOrDefault(topic.entry().id(), 0)))
                        .filter(e -> e.getValue() > 0)
                        .sorted(
                                Map.Entry.<Figures.RankedActor, Integer>comparingByValue()
                                        .reversed())
                        .limit(3)
                        .map(e -> e.getKey().name() + " (" + Wording.number(e.getValue()) + ")")
                        .toList();
        if (names.isEmpty() || sentence.isBlank()) {
            return "";
        }
        return Wording.fill(sentence, Map.of("actors", Wording.list(names)));
    }
}
