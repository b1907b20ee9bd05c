package org.alliancebrief.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.codebook.TermHit;
import org.alliancebrief.codebook.ThemeId;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.CorpusReader;
import org.alliancebrief.corpus.Span;

/** Prints every theme hit of a corpus as tab-separated lines, to study the salience rule. */
public final class HitDump {
    private HitDump() {}

    public static void main(String... args) throws Exception {
        Codebook codebook = CodebookLoader.load(Path.of("templates/codebook.yaml"));
        Path root = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.list(root)) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            if (!(new CorpusReader().read(root, f) instanceof Article a)) {
                continue;
            }
            List<Span> sentences = a.sentences();
            int titleEnd = a.paragraphs().get(0).end();
            int si = 0;
            int body = 0;
            for (TermHit<ThemeId> h : codebook.scan(a.text()).themes()) {
                while (si < sentences.size() - 1 && sentences.get(si).end() <= h.start()) {
                    si++;
                }
                body = 0;
                for (int k = 0; k < si; k++) {
                    if (sentences.get(k).start() >= titleEnd) {
                        body++;
                    }
                }
                boolean title = h.start() < titleEnd;
                System.out.printf(
                        "%s\t%s\t%s\t%b\t%d\t%d\t%s%n",
                        a.file(),
                        h.target(),
                        a.text().substring(h.start(), h.end()).replace('\n', ' '),
                        h.weak(),
                        si,
                        title ? -1 : body,
                        sentences.size());
            }
        }
    }
}
