package org.alliancebrief.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.Quote;
import org.alliancebrief.analysis.Speaker;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.Office;
import org.alliancebrief.codebook.ThemeId;

/**
 * Chooses the quotations a topic section shows, by a stated rule: a speaker the text gives, on the
 * topic (the quotation itself uses one of the topic's terms), 10 to 60 words, not shown before in
 * the brief; different named speakers first, then in source order. An unnamed source is shown as
 * such ("an EU official (unnamed)") and never counts as a named voice.
 */
final class QuoteChooser {
    static final int MIN_WORDS = 10;
    static final int MAX_WORDS = 60;

    /** Share of words two quotations must share to count as one. */
    static final double REPEAT_OVERLAP = 0.6;

    private final Figures figures;
    private final Codebook codebook;
    private final List<Set<String>> shown = new ArrayList<>();

    QuoteChooser(Figures figures, Codebook codebook) {
        this.figures = figures;
        this.codebook = codebook;
    }

    List<CitedQuote> choose(ThemeId topic, int max) {
        List<Candidate> candidates = new ArrayList<>();
        for (ArticleFindings f : figures.counted) {
            for (Quote q : f.quotes()) {
                Optional<Speaker> speaker = q.speaker();
                int words = q.words();
                if (speaker.isPresent()
                        && q.themes().contains(topic)
                        && words >= MIN_WORDS
                        && words <= MAX_WORDS
                        && !repeat(q.text())) {
                    candidates.add(new Candidate(q, speaker.get(), f));
                }
            }
        }
        List<CitedQuote> chosen = new ArrayList<>();
        Set<String> speakers = new HashSet<>();
        for (int pass = 0; pass < 2 && chosen.size() < max; pass++) {
            for (Candidate c : candidates) {
                if (chosen.size() >= max || repeat(c.quote().text())) {
                    continue;
                }
                if (pass == 0 && (!c.speaker().named() || speakers.contains(c.speaker().name()))) {
                    continue; // first pass: one quotation per named speaker
                }
                if (c.speaker().named()) {
                    speakers.add(c.speaker().name());
                }
                shown.add(words(c.quote().text()));
                chosen.add(cite(c));
            }
        }
        return chosen;
    }

    private CitedQuote cite(Candidate c) {
        String date = c.article().published().map(Wording::date).orElse("undated");
        String role = c.speaker().id().map(id -> role(id, c.article())).orElse("");
        String who =
                c.speaker().named() ? c.speaker().name() : c.speaker().attribution() + " (unnamed)";
        return new CitedQuote(
                Wording.quoted(c.quote().text()), who, role, date, figures.source(c.article()));
    }

    /** The office the speaker held on the article's date; for undated articles, a sole office. */
    private String role(org.alliancebrief.codebook.ActorId id, ArticleFindings article) {
        Optional<LocalDate> date = article.published().map(p -> p.date());
        List<Office> held =
                codebook.offices().stream()
                        .filter(
                                o ->
                                        o.holders().stream()
                                                .anyMatch(
                                                        t ->
                                                                t.person().equals(id)
                                                                        && date.map(t::covers)
                                                                                .orElse(true)))
                        .toList();
        return held.size() == 1 ? held.get(0).label() : "";
    }

    /**
     * Whether a quotation repeats one already shown: most of its words are the same (the same
     * remark carried by two outlets, with a figure or a name changed).
     */
    private boolean repeat(String text) {
        Set<String> words = words(text);
        for (Set<String> other : shown) {
            Set<String> common = new HashSet<>(words);
            common.retainAll(other);
            Set<String> all = new HashSet<>(words);
            all.addAll(other);
            if (common.size() >= REPEAT_OVERLAP * all.size()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String text) {
        return new HashSet<>(
                java.util.Arrays.asList(
                        text.toLowerCase(Locale.ROOT)
                                .replaceAll("[^\\p{L}]+", " ")
                                .strip()
                                .split(" ")));
    }

    private record Candidate(Quote quote, Speaker speaker, ArticleFindings article) {}
}
