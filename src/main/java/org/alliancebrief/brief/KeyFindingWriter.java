package org.alliancebrief.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.Quote;
import org.alliancebrief.brief.template.BriefTemplate;
import org.alliancebrief.codebook.ActorKind;
import org.alliancebrief.codebook.Group;
import org.alliancebrief.codebook.ThemeId;

/** Writes the bottom-line bullets from the figures through the template's sentences. */
final class KeyFindingWriter {
    /** A year needs this many dated articles before its shares are compared with another's. */
    private final Figures figures;

    private final int evidencePerFinding;

    KeyFindingWriter(Figures figures, int evidencePerFinding) {
        this.figures = figures;
        this.evidencePerFinding = evidencePerFinding;
    }

    List<KeyFinding> write(List<BriefTemplate.Finding> templates) {
        List<KeyFinding> findings = new ArrayList<>();
        for (BriefTemplate.Finding t : templates) {
            Map<String, Object> values = new LinkedHashMap<>();
            List<KeyFinding.EvidenceItem> evidence = new ArrayList<>();
            values.put("articles", new Measure.Count(figures.articles(), "article"));
            values.put("dated", figures.summary.dated());
            values.put("quotes", new Measure.Count(figures.summary.quotes(), "quotation"));
            boolean ok =
                    switch (t.kind()) {
                        case LEADING_AREAS -> leading(Group.AREA, "area", 3, values, evidence);
                        case LEADING_THEMES -> leading(Group.THEME, "theme", 2, values, evidence);
                        case MOST_QUOTED -> mostQuoted(values, evidence);
                        case CHANGE_OVER_TIME -> changeOverTime(values, evidence);
                        case BARELY_MENTIONED -> barelyMentioned(values, evidence);
                        case MOST_NAMED_ACTORS -> mostNamed(values, evidence);
                    };
            String text = ok && Wording.complete(t.text(), values) ? t.text() : t.fallback();
            if (!text.isBlank()) {
                findings.add(
                        new KeyFinding(
                                t.kind().key(),
                                Wording.fill(text, values),
                                values,
                                ok ? evidence.stream().distinct().toList() : List.of()));
            }
        }
        return findings;
    }

    private boolean leading(
            Group group,
            String prefix,
            int n,
            Map<String, Object> values,
            List<KeyFinding.EvidenceItem> evidence) {
        List<Figures.Ranked> present = figures.present(group);
        for (int i = 0; i < Math.min(n, present.size()); i++) {
            Figures.Ranked r = present.get(i);
            String key = prefix + (i + 1);
            values.put(key, r.label());
            values.put(key + "_share", new Measure.Share(r.articles(), figures.articles()));
            values.put(key + "_articles", r.articles());
            int per = i == 0 ? Math.max(1, evidencePerFinding - n + 1) : 1;
            evidence.addAll(figures.evidence(r.entry().id(), per, Optional.empty()));
        }
        return present.size() >= n;
    }

    private boolean mostQuoted(Map<String, Object> values, List<KeyFinding.EvidenceItem> evidence) {
        var ranked = figures.rankedVoices();
        if (ranked.size() < 2) {
            return false;
        }
        int quotes = figures.summary.quotes();
        values.put("quotes", new Measure.Count(quotes, "quotation"));
        values.put("speaker1", ranked.get(0).getKey());
        values.put("speaker1_quotes", ranked.get(0).getValue());
        values.put("speaker1_share", new Measure.Share(ranked.get(0).getValue(), quotes));
        values.put("speaker2", ranked.get(1).getKey());
        values.put("speaker2_quotes", ranked.get(1).getValue());
        values.put("speakers", new Measure.Count(ranked.size(), "speaker"));
        for (ArticleFindings f : figures.counted) {
            for (Quote q : f.quotes()) {
                if (evidence.size() < evidencePerFinding
                        && q.speaker().isPresent()
                        && q.speaker().get().name().equals(ranked.get(0).getKey())) {
                    evidence.add(
                            new KeyFinding.EvidenceItem(
                                    Wording.quoted(q.text()), figures.source(f)));
                }
            }
        }
        return true;
    }

    private boolean changeOverTime(
            Map<String, Object> values, List<KeyFinding.EvidenceItem> evidence) {
        List<Integer> years = figures.yearsWithEnoughArticles();
        if (years.size() < 2) {
            return false;
        }
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        ThemeId best = null;
        double bestGain = 0;
        for (Figures.Ranked r : figures.present(Group.AREA)) {
            double gain = yearShare(r.entry().id(), last) - yearShare(r.entry().id(), first);
            if (gain > bestGain) {
                best = r.entry().id();
                bestGain = gain;
            }
        }
        if (best == null) {
            return false;
        }
        values.put("rising", figures.label(best));
        values.put("from_year", new Measure.Year(first));
        values.put("to_year", new Measure.Year(last));
        values.put("from_share", new Measure.Fraction(yearShare(best, first)));
        values.put("to_share", new Measure.Fraction(yearShare(best, last)));
        evidence.addAll(figures.evidence(best, evidencePerFinding, Optional.of(last)));
        return true;
    }

    private double yearShare(ThemeId id, int year) {
        int dated = figures.summary.articlesByYear().getOrDefault(year, 0);
        int with =
                figures.summary
                        .themesByYear()
                        .getOrDefault(year, java.util.Collections.emptySortedMap())
                        .getOrDefault(id, 0);
        return Wording.share(with, dated);
    }

    private boolean barelyMentioned(
            Map<String, Object> values, List<KeyFinding.EvidenceItem> evidence) {
        List<Figures.Ranked> areas = figures.ranked(Group.AREA);
        int rareMax = Math.max(1, (int) Math.floor(figures.articles() * 0.1));
        List<Figures.Ranked> rare =
                areas.stream()
                        .filter(r -> r.articles() > 0 && r.articles() <= rareMax)
                        .sorted(
                                Comparator.comparingInt(Figures.Ranked::articles)
                                        .thenComparingInt(Figures.Ranked::mentions)
                                        .thenComparing(r -> r.entry().id()))
                        .limit(3)
                        .toList();
        List<String> absent =
                areas.stream().filter(r -> r.articles() == 0).map(Figures.Ranked::label).toList();
        if (rare.isEmpty()) {
            return false;
        }
        String counts =
                rare.stream().allMatch(r -> r.articles() == 1)
                        ? " ("
                                + (rare.size() == 1 ? "" : "each ")
                                + "in 1 of "
                                + Wording.count(figures.articles(), "article")
                                + ")"
                        : "";
        values.put(
                "rare", Wording.list(rare.stream().map(Figures.Ranked::label).toList()) + counts);
        values.put("absent_count", new Measure.Count(absent.size(), ""));
        // a whole clause, so that no sentence says it "leaves out none ... entirely"
        values.put(
                "absent",
                absent.isEmpty()
                        ? ", while every other area of the codebook appears at least once"
                        : ", and leaves out "
                                + (absent.size() == 1 ? "one" : Wording.number(absent.size()))
                                + " of the codebook's areas entirely"
                                + (absent.size() <= 4
                                        ? " (" + Wording.list(absent) + ")"
                                        : " (among them "
                                                + Wording.list(absent.subList(0, 3))
                                                + ")"));
        for (Figures.Ranked r : rare) {
            evidence.addAll(figures.evidence(r.entry().id(), 1, Optional.empty()));
        }
        return true;
    }

    private boolean mostNamed(Map<String, Object> values, List<KeyFinding.EvidenceItem> evidence) {
        var people = figures.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).toList();
        var countries =
                figures.actors().stream().filter(a -> a.kind() == ActorKind.COUNTRY).toList();
        if (people.size() < 2 || countries.isEmpty()) {
            return false;
        }
        values.put("person1", people.get(0).name());
        values.put("person1_articles", people.get(0).articles());
        values.put(
                "person1_share", new Measure.Share(people.get(0).articles(), figures.articles()));
        values.put("person2", people.get(1).name());
        values.put("person2_articles", people.get(1).articles());
        values.put("country1", countries.get(0).name());
        values.put("country1_articles", countries.get(0).articles());
        // The leading person gets what the annex has room for beyond one each for the others.
        var named = List.of(people.get(0), people.get(1), countries.get(0));
        for (int i = 0; i < named.size(); i++) {
            int per = i == 0 ? Math.max(1, evidencePerFinding - named.size() + 1) : 1;
            evidence.addAll(figures.evidence(named.get(i).id(), per));
        }
        return true;
    }
}
