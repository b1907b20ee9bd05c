package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancebrief.codebook.TermHit;
import org.alliancebrief.codebook.ThemeId;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.Span;

/**
 * Counts the areas and themes of one article: every codebook term is a mention, and the sentences
 * holding them are the evidence, in text order.
 */
final class ThemeCounter {
    /** Evidence sentences kept per theme and article: enough to check, not the whole article. */
    static final int MAX_EVIDENCE = 3;

    /** The findings of {@code article} from the codebook's theme hits in its text. */
    List<ThemeFinding> count(Article article, List<TermHit<ThemeId>> hits) {
        Map<ThemeId, Integer> mentions = new LinkedHashMap<>();
        Map<ThemeId, List<Evidence>> evidence = new LinkedHashMap<>();
        List<Span> sentences = article.sentences();
        int s = 0;
        for (TermHit<ThemeId> hit : hits) {
            while (s < sentences.size() - 1 && sentences.get(s).end() <= hit.start()) {
                s++;
            }
            mentions.merge(hit.target(), 1, Integer::sum);
            List<Evidence> list = evidence.computeIfAbsent(hit.target(), k -> new ArrayList<>());
            Span sentence = sentences.isEmpty() ? new Span(hit.start(), hit.end())
                    : sentences.get(s);
            boolean seen = list.stream().anyMatch(e -> e.span().equals(sentence));
            if (!seen && list.size() < MAX_EVIDENCE) {
                list.add(new Evidence(sentence.of(article.text()), sentence));
            }
        }
        List<ThemeFinding> findings = new ArrayList<>();
        mentions.forEach((id, n) -> findings.add(new ThemeFinding(id, n, evidence.get(id))));
        findings.sort(Comparator.comparing(ThemeFinding::id));
        return findings;
    }
}
