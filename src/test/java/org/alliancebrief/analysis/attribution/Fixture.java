package org.alliancebrief.analysis.attribution;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.codebook.TermHit;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.ArticleParser;

/** Runs the attribution stage on a small article, with the test codebook's actors as mentions. */
final class Fixture {
    static final Codebook CODEBOOK = load();
    static final Lexicon LEX = Lexicon.of("en");

    private Fixture() {}

    private static Codebook load() {
        try {
            return CodebookLoader.load(
                    Path.of(
                            Fixture.class
                                    .getResource("/org/alliancebrief/analysis/small-codebook.yaml")
                                    .toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Article article(String text) {
        return new ArticleParser().parse("a.txt", text);
    }

    static TokenText tokens(String text) {
        Article a = article(text);
        return TokenText.of(a.text(), a.paragraphs(), a.sentences());
    }

    /** The codebook's actors in {@code text}, plus the extra people given as name pairs. */
    static List<KnownActor> actors(String text, String... people) {
        List<KnownActor> out = new ArrayList<>();
        for (TermHit<org.alliancebrief.codebook.ActorId> h : CODEBOOK.findActors(text)) {
            var a = CODEBOOK.actor(h.target()).orElseThrow();
            out.add(
                    new KnownActor(
                            a.id().value(), a.name(), a.kind().key(), h.start(), h.end(), true));
        }
        for (String name : people) {
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            for (String form : List.of(name, surname)) {
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                    final int s = at;
                    if (out.stream().noneMatch(k -> k.start() <= s && s < k.end())) {
                        out.add(
                                new KnownActor(
                                        name.toLowerCase().replace(' ', '-'),
                                        name,
                                        "person",
                                        at,
                                        at + form.length(),
                                        false));
                    }
                }
            }
        }
        return out;
    }

    /** Each quotation's speaker name ("(unnamed) phrase" for an unnamed source; null if none). */
    static List<String> speakers(String raw, String... people) {
        Article a = article(raw);
        TokenText t = TokenText.of(a.text(), a.paragraphs(), a.sentences());
        List<String> out = new ArrayList<>();
        for (Attributor.Attributed q :
                new Attributor(CODEBOOK, LEX)
                        .attribute(
                                t,
                                actors(a.text(), people),
                                CODEBOOK.scan(a.text()).statements())) {
            out.add(
                    q.speaker()
                            .map(r -> r.named() ? r.name() : "(unnamed) " + r.name())
                            .orElse(null));
        }
        return out;
    }

    /** The quoted texts that the quote finder keeps. */
    static List<String> quotes(String raw) {
        Article a = article(raw);
        TokenText t = TokenText.of(a.text(), a.paragraphs(), a.sentences());
        return new QuoteFinder(LEX).find(t).stream().map(q -> q.words().of(a.text())).toList();
    }
}
