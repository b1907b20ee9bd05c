package org.alliancebrief.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the program is installed: the folder with templates/ and seeds/ beside the jar. */
final class Installation {
    private Installation() {}

    /**
     * A default file ("templates/brief.yaml") as the user's working folder has it, else as the
     * installation has it; given paths are never looked up here, they mean the working folder.
     */
    static Path resolveDefault(String relative) {
        Path here = Path.of(relative);
        if (Files.exists(here)) {
            return here;
        }
        return home().map(h -> h.resolve(relative)).filter(Files::exists).orElse(here);
    }

    /** The folder above the jar (or above target/classes) that holds templates/, if any. */
    static Optional<Path> home() {
        Optional<Path> code = codeLocation();
        Path dir = code.map(p -> Files.isDirectory(p) ? p : p.getParent()).orElse(null);
        // the jar sits in target/ of the repository, or in an unpacked distribution's folder
        for (int up = 0; dir != null && up < 3; up++, dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("templates"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> codeLocation() {
        try {
            var source = Installation.class.getProtectionDomain().getCodeSource();
            return source == null
                    ? Optional.empty()
                    : Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
