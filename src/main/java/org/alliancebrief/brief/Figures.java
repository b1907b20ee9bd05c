package org.alliancebrief.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.alliancebrief.analysis.ActorFinding;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.ArticlesRead;
import org.alliancebrief.analysis.CorpusSummary;
import org.alliancebrief.analysis.Evidence;
import org.alliancebrief.analysis.ThemeFinding;
import org.alliancebrief.codebook.ActorId;
import org.alliancebrief.codebook.ActorKind;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.Group;
import org.alliancebrief.codebook.ThemeEntry;
import org.alliancebrief.codebook.ThemeId;

/**
 * The corpus figures the brief is written from, ranked by stated keys so that every run on the same
 * input says the same thing: entries by articles, then mentions, then id.
 */
final class Figures {
    /** Fewest dated articles a year needs to appear in the timeline and the change finding. */
    static final int MIN_ARTICLES_PER_YEAR = 2;

    /** One area or theme with its tally. */
    record Ranked(ThemeEntry entry, int articles, int mentions) {
        String label() {
            return entry.label();
        }
    }

    /** One actor with its tally. */
    record RankedActor(ActorId id, String name, ActorKind kind, int articles, int mentions) {}

    final Codebook codebook;
    final CorpusSummary summary;

    /** The articles read: those held, with their source numbers, and counts over all. */
    final ArticlesRead read;

    /** The counted articles held, in source order: where evidence and quotations come from. */
    final List<ArticleFindings> counted;

    private final Map<String, Integer> sourceNumbers = new HashMap<>();
    private final Set<String> documents = new HashSet<>();

    Figures(Codebook codebook, CorpusSummary summary, ArticlesRead read) {
        this.codebook = codebook;
        this.summary = summary;
        this.read = read;
        this.counted = read.articles().stream().filter(ArticleFindings::counted).toList();
        read.held().forEach((number, f) -> sourceNumbers.put(f.id(), number));
        codebook.statements().forEach(s -> documents.add(s.name()));
    }

    /**
     * Quotations by the people and bodies quoted by name: a document (a joint declaration) and an
     * unnamed source are not voices.
     */
    Map<String, Integer> voices() {
        Map<String, Integer> voices = new TreeMap<>(summary.quotesBySpeaker());
        voices.keySet().removeAll(documents);
        return voices;
    }

    /** Whether {@code speaker} names a document of the codebook rather than a voice. */
    boolean isDocument(String speaker) {
        return documents.contains(speaker);
    }

    /** The voices ranked by quotations, then name. */
    List<Map.Entry<String, Integer>> rankedVoices() {
        return voices().entrySet().stream()
                .sorted(
                        Map.Entry.<String, Integer>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    int articles() {
        return summary.articles();
    }

    /**
     * The years with enough dated articles for a share to mean something: at least two, and at
     * least 2% of the dated articles, so that one stray article from a sparse year does not show as
     * 100%.
     */
    List<Integer> yearsWithEnoughArticles() {
        int min = Math.max(MIN_ARTICLES_PER_YEAR, (int) Math.ceil(summary.dated() * 0.02));
        return summary.articlesByYear().entrySet().stream()
                .filter(e -> e.getValue() >= min)
                .map(Map.Entry::getKey)
                .toList();
    }

    int source(ArticleFindings f) {
        return sourceNumbers.get(f.id());
    }

    /** The number of the article with this {@link ArticleFindings#id}. */
    int source(String id) {
        return sourceNumbers.get(id);
    }

    /** Areas (or themes) of the codebook, ranked; entries with no article are included last. */
    List<Ranked> ranked(Group group) {
        List<Ranked> ranked = new ArrayList<>();
        for (ThemeEntry e : codebook.themes()) {
            if (e.group() != group) {
                continue;
            }
            var tally = summary.themes().get(e.id());
            ranked.add(
                    new Ranked(
                            e,
                            tally == null ? 0 : tally.articles(),
                            tally == null ? 0 : tally.mentions()));
        }
        ranked.sort(
                Comparator.comparingInt(Ranked::articles)
                        .reversed()
                        .thenComparing(Comparator.comparingInt(Ranked::mentions).reversed())
                        .thenComparing(r -> r.entry().id()));
        return ranked;
    }

    List<Ranked> present(Group group) {
        return ranked(group).stream().filter(r -> r.articles() > 0).toList();
    }

    /** Actors ranked by articles, then mentions, then id. */
    List<RankedActor> actors() {
        return summary.actors().entrySet().stream()
                .map(
                        e ->
                                new RankedActor(
                                        e.getKey(),
                                        e.getValue().name(),
                                        e.getValue().kind(),
                                        e.getValue().articles(),
                                        e.getValue().mentions()))
                .sorted(
                        Comparator.comparingInt(RankedActor::articles)
                                .reversed()
                                .thenComparing(
                                        Comparator.comparingInt(RankedActor::mentions).reversed())
                                .thenComparing(RankedActor::id))
                .toList();
    }

    /** Actors ranked by mentions, then articles, then id (for the mentions chart). */
    List<RankedActor> actorsByMentions() {
        return actors().stream()
                .sorted(
                        Comparator.comparingInt(RankedActor::mentions)
                                .reversed()
                                .thenComparing(
                                        Comparator.comparingInt(RankedActor::articles).reversed())
                                .thenComparing(RankedActor::id))
                .toList();
    }

    String label(ThemeId id) {
        return codebook.theme(id).map(ThemeEntry::label).orElse(id.value());
    }

    /** Up to {@code max} evidence sentences for {@code id}, one per article, in source order. */
    List<KeyFinding.EvidenceItem> evidence(ThemeId id, int max, Optional<Integer> year) {
        List<KeyFinding.EvidenceItem> items = new ArrayList<>();
        for (ArticleFindings f : counted) {
            if (items.size() >= max) {
                break;
            }
            if (year.isPresent() && f.published().map(p -> p.year() != year.get()).orElse(true)) {
                continue;
            }
            f.themes().stream()
                    .filter(t -> t.id().equals(id))
                    .findFirst()
                    .map(ThemeFinding::evidence)
                    .filter(ev -> !ev.isEmpty())
                    .map(ev -> ev.get(0))
                    .map(Evidence::text)
                    .ifPresent(s -> items.add(new KeyFinding.EvidenceItem(s, source(f))));
        }
        return items;
    }

    /** Up to {@code max} sentences naming actor {@code id}, one per article, in source order. */
    List<KeyFinding.EvidenceItem> evidence(ActorId id, int max) {
        List<KeyFinding.EvidenceItem> items = new ArrayList<>();
        for (ArticleFindings f : counted) {
            if (items.size() >= max) {
                break;
            }
            f.actors().stream()
                    .filter(a -> a.id().equals(id))
                    .findFirst()
                    .map(ActorFinding::evidence)
                    .filter(ev -> !ev.isEmpty())
                    .map(ev -> ev.get(0).text())
                    .ifPresent(s -> items.add(new KeyFinding.EvidenceItem(s, source(f))));
        }
        return items;
    }
}
