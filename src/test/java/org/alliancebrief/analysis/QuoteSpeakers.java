package org.alliancebrief.analysis;

import java.util.List;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.corpus.ArticleParser;

/** Test helper: each quotation's speaker name in an article analysed with a given codebook. */
final class QuoteSpeakers {
    private QuoteSpeakers() {}

    /**
     * The speaker names of {@code text}'s quotations, in text order: an unnamed source by its words
     * ("a lawmaker"); null where no one is given.
     */
    static List<String> of(Codebook codebook, String text) {
        return new ArticleAnalyser(codebook)
                .analyse(new ArticleParser().parse("a.txt", text)).quotes().stream()
                        .map(q -> q.speaker().map(Speaker::name).orElse(null))
                        .toList();
    }
}
