package org.alliancebrief.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.corpus.ArticleParser;
import org.junit.jupiter.api.Test;

class DebugTmpTest {
    @Test
    void dump() throws Exception {
        String file = System.getProperty("dbg.file");
        if (file == null) return;
        var cb = CodebookLoader.load(Path.of("templates/codebook.yaml"));
        var art = new ArticleParser().parse("x.txt", Files.readString(Path.of(file)));
        var ms = new ActorFinder(cb).find(art.text(), java.util.Optional.empty());
        for (Mention m : ms) if (m.person()) System.out.println("M " + m.name() + " @" + m.start() + " [" + art.text().substring(Math.max(0,m.start()-40), m.end()) + "]");
    }
}
