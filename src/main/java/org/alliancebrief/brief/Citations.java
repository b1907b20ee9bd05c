package org.alliancebrief.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renumbers a brief that lists only the sources it cites: [1] is the first source cited, [2] the
 * next, so that a short brief never cites [1] [3] [5].
 */
final class Citations {
    private final Map<Integer, Integer> numbers = new LinkedHashMap<>();

    record Renumbered(List<Part> parts, List<KeyFinding> keyFindings) {}

    private Citations() {}

    static Renumbered renumber(List<Part> parts, List<KeyFinding> keyFindings) {
        Citations c = new Citations();
        for (Part p : parts) {
            switch (p) {
                case Part.TopicSection t -> t.quotes().forEach(q -> c.see(q.source()));
                case Part.EvidenceAnnex a ->
                        a.findings().forEach(k -> k.evidence().forEach(e -> c.see(e.source())));
                default -> {}
            }
        }
        keyFindings.forEach(k -> k.evidence().forEach(e -> c.see(e.source())));
        for (Part p : parts) {
            if (p instanceof Part.Sources s) {
                s.sources().forEach(x -> c.see(x.number()));
            }
        }
        List<Part> renumbered = parts.stream().map(c::part).toList();
        return new Renumbered(renumbered, keyFindings.stream().map(c::finding).toList());
    }

    private void see(int old) {
        numbers.putIfAbsent(old, numbers.size() + 1);
    }

    private Part part(Part p) {
        return switch (p) {
            case Part.TopicSection t ->
                    new Part.TopicSection(
                            t.heading(),
                            t.themeId(),
                            t.paragraph(),
                            t.quotes().stream()
                                    .map(
                                            q ->
                                                    new CitedQuote(
                                                            q.text(),
                                                            q.speaker(),
                                                            q.role(),
                                                            q.date(),
                                                            numbers.get(q.source())))
                                    .toList());
            case Part.KeyFindings k ->
                    new Part.KeyFindings(
                            k.heading(), k.findings().stream().map(this::finding).toList());
            case Part.EvidenceAnnex a ->
                    new Part.EvidenceAnnex(
                            a.heading(),
                            a.intro(),
                            a.findings().stream().map(this::finding).toList());
            case Part.Sources s ->
                    new Part.Sources(
                            s.heading(), sources(s.sources()), sources(s.listed()), s.summary());
            default -> p;
        };
    }

    private List<Source> sources(List<Source> sources) {
        List<Source> out = new ArrayList<>();
        for (Source s : sources) {
            out.add(
                    s.renumbered(
                            numbers.get(s.number()),
                            s.duplicateOf().flatMap(d -> Optional.ofNullable(numbers.get(d)))));
        }
        out.sort(Comparator.comparingInt(Source::number));
        return out;
    }

    private KeyFinding finding(KeyFinding k) {
        return new KeyFinding(
                k.id(),
                k.text(),
                k.figures(),
                k.evidence().stream()
                        .map(
                                e ->
                                        new KeyFinding.EvidenceItem(
                                                e.sentence(), numbers.get(e.source())))
                        .toList());
    }
}
