package org.alliancebrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accuracy figures of {@code shared/gold/score.py}, computed the same way: themes and actors by
 * set F1 per article, quotes matched by word overlap (at least 0.7), speakers on matched quotes,
 * dates exactly (or by month for month-only gold dates).
 */
final class GoldScore {
    private static final Map<String, String> ALIASES = new HashMap<>();

    static {
        String[] pairs = {
            "eu",
            "european union",
            "the eu",
            "european union",
            "the european union",
            "european union",
            "nato",
            "nato",
            "north atlantic treaty organization",
            "nato",
            "north atlantic treaty organisation",
            "nato",
            "the alliance",
            "nato",
            "us",
            "united states",
            "u.s.",
            "united states",
            "usa",
            "united states",
            "america",
            "united states",
            "united states of america",
            "united states",
            "the united states",
            "united states",
            "washington",
            "united states",
            "uk",
            "united kingdom",
            "britain",
            "united kingdom",
            "great britain",
            "united kingdom",
            "pyongyang",
            "north korea",
            "democratic people's republic of korea",
            "north korea",
            "dprk",
            "north korea",
            "moscow",
            "russia",
            "russian federation",
            "russia",
            "kyiv",
            "ukraine",
            "kiev",
            "ukraine",
            "beijing",
            "china",
            "people's republic of china",
            "china",
            "turkiye",
            "turkey",
            "türkiye",
            "turkey",
            "eeas",
            "european external action service",
            "permanent structured cooperation",
            "pesco",
            "pesco",
            "pesco",
            "un",
            "united nations",
            "the un",
            "united nations",
            "eu and nato",
            "eu-nato joint declaration",
            "the eu and nato",
            "eu-nato joint declaration",
            "nato and the eu",
            "eu-nato joint declaration",
            "joint declaration",
            "eu-nato joint declaration",
            "eu and nato joint declaration",
            "eu-nato joint declaration",
            "the joint declaration",
            "eu-nato joint declaration",
            "eu–nato joint declaration",
            "eu-nato joint declaration",
            "nato-eu joint declaration",
            "eu-nato joint declaration",
            "isis",
            "islamic state",
            "isil",
            "islamic state",
            "daesh",
            "islamic state",
            "islamic state of iraq and syria",
            "islamic state",
            "islamic state of iraq and the levant",
            "islamic state"
        };
        for (int i = 0; i < pairs.length; i += 2) {
            ALIASES.put(pairs[i], pairs[i + 1]);
        }
    }

    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");

    int[] themes = new int[3];
    int[] actors = new int[3];
    int[] quotes = new int[3];
    int speakersRight;
    int speakersMatched;
    int datesRight;
    int articles;
    final List<String> details = new ArrayList<>();

    static GoldScore score(JsonNode gold, JsonNode brief) {
        GoldScore s = new GoldScore();
        Map<String, JsonNode> predicted = new HashMap<>();
        brief.get("articles").forEach(a -> predicted.put(base(a.get("file").asText()), a));
        for (JsonNode g : gold.get("articles")) {
            String file = g.get("file").asText();
            JsonNode p = predicted.get(file);
            if (p == null) {
                s.details.add("missing article " + file);
                continue;
            }
            s.articles++;
            s.compare(
                    "themes " + file,
                    ids(g.get("themes"), "id"),
                    ids(p.get("themes"), "id"),
                    s.themes);
            Set<String> goldActors = new HashSet<>();
            for (String kind : List.of("people", "organisations", "countries")) {
                g.get("actors").get(kind).forEach(n -> goldActors.add(norm(n.asText())));
            }
            Set<String> predActors = new HashSet<>();
            p.get("actors").forEach(a -> predActors.add(norm(a.get("name").asText())));
            s.compare("actors " + file, goldActors, predActors, s.actors);
            s.quotes(file, g.get("quotes"), p.get("quotes"));
            String goldDate = g.get("published").isNull() ? null : g.get("published").asText();
            String predDate = p.get("published").isNull() ? null : p.get("published").asText();
            if (dateOk(goldDate, predDate)) {
                s.datesRight++;
            } else {
                s.details.add("date %s: gold %s got %s".formatted(file, goldDate, predDate));
            }
        }
        return s;
    }

    private void quotes(String file, JsonNode gold, JsonNode predicted) {
        Set<Integer> used = new HashSet<>();
        for (JsonNode q : gold) {
            double best = 0;
            int bestIndex = -1;
            for (int i = 0; i < predicted.size(); i++) {
                if (used.contains(i)) {
                    continue;
                }
                double m = match(q.get("text").asText(), predicted.get(i).get("text").asText());
                if (m > best) {
                    best = m;
                    bestIndex = i;
                }
            }
            if (bestIndex >= 0 && best >= 0.7) {
                used.add(bestIndex);
                quotes[0]++;
                speakersMatched++;
                JsonNode speaker = predicted.get(bestIndex).get("speaker");
                String got = speaker == null || speaker.isNull() ? null : speaker.asText();
                if (java.util.Objects.equals(norm(q.get("speaker").asText()), norm(got))) {
                    speakersRight++;
                } else {
                    details.add(
                            "speaker %s: gold %s got %s :: %s"
                                    .formatted(
                                            file,
                                            q.get("speaker").asText(),
                                            got,
                                            q.get("text").asText()));
                }
            } else {
                quotes[2]++;
                details.add("quote missed %s: %s".formatted(file, q.get("text").asText()));
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used.contains(i)) {
                quotes[1]++;
                details.add(
                        "quote extra %s: %s"
                                .formatted(file, predicted.get(i).get("text").asText()));
            }
        }
    }

    private void compare(String what, Set<String> gold, Set<String> predicted, int[] counts) {
        Set<String> tp = new HashSet<>(gold);
        tp.retainAll(predicted);
        Set<String> fp = new LinkedHashSet<>(predicted);
        fp.removeAll(gold);
        Set<String> fn = new LinkedHashSet<>(gold);
        fn.removeAll(predicted);
        counts[0] += tp.size();
        counts[1] += fp.size();
        counts[2] += fn.size();
        if (!fp.isEmpty() || !fn.isEmpty()) {
            details.add("%s: extra %s missed %s".formatted(what, fp, fn));
        }
    }

    static double f1(int[] c) {
        double p = c[0] + c[1] == 0 ? (c[2] == 0 ? 1 : 0) : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double speakerAccuracy() {
        return speakersMatched == 0 ? 0 : (double) speakersRight / speakersMatched;
    }

    double dateAccuracy(int goldArticles) {
        return (double) datesRight / goldArticles;
    }

    String summary(int goldArticles) {
        return "themes F1 %.2f | actors F1 %.2f | quotes F1 %.2f | speaker %.2f | dates %.2f | articles %d/%d"
                .formatted(
                        f1(themes),
                        f1(actors),
                        f1(quotes),
                        speakerAccuracy(),
                        dateAccuracy(goldArticles),
                        articles,
                        goldArticles);
    }

    private static Set<String> ids(JsonNode array, String key) {
        Set<String> ids = new HashSet<>();
        array.forEach(n -> ids.add(n.get(key).asText()));
        return ids;
    }

    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String n =
                Normalizer.normalize(s, Normalizer.Form.NFKD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .strip()
                        .replaceAll("[\u2018\u2019']", "'")
                        .replaceAll("\\s+", " ")
                        .replaceAll("^[ .,;:]+|[ .,;:]+$", "");
        return ALIASES.getOrDefault(n, n);
    }

    static List<String> words(String s) {
        String n =
                Normalizer.normalize(s, Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[\u2018\u2019]", "'");
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(n);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    static double match(String a, String b) {
        Set<String> sa = new HashSet<>(words(a));
        Set<String> sb = new HashSet<>(words(b));
        if (sa.isEmpty() || sb.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(sa);
        inter.retainAll(sb);
        int min = Math.min(sa.size(), sb.size());
        return min >= 5
                ? (double) inter.size() / Math.max(1, min)
                : (double) inter.size() / Math.max(sa.size(), sb.size());
    }

    static boolean dateOk(String gold, String predicted) {
        if (gold == null) {
            return predicted == null;
        }
        if (predicted == null) {
            return false;
        }
        if (gold.length() == 7) {
            return predicted.startsWith(gold);
        }
        return predicted.length() >= 10 && predicted.substring(0, 10).equals(gold.substring(0, 10));
    }

    private static String base(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
