package org.alliancebrief.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where an output's bytes go. A regular file, or a symbolic link to one, is replaced (through the
 * link: the link stays, the file it names gets the new bytes); an existing device, pipe or other
 * non-regular file is written into and never replaced by a regular file; {@code -} is standard
 * output.
 *
 * @param file the file written (the link's target for a link), or {@code -}
 */
record OutputTarget(Kind kind, Path file) {
    /** The path that names standard output. */
    static final Path STANDARD_OUTPUT = Path.of("-");

    /** How the bytes get there. */
    enum Kind {
        REPLACE,
        DIRECT,
        STANDARD_OUTPUT
    }

    /** Decides how {@code given} is written; a broken link or a folder cannot be. */
    static OutputTarget of(Path given) {
        if (given.equals(STANDARD_OUTPUT)) {
            return new OutputTarget(Kind.STANDARD_OUTPUT, given);
        }
        if (Files.isDirectory(given)) {
            throw new UserError(
                    ExitCode.CANT_CREATE,
                    "cannot create %s: it is a folder".formatted(given),
                    "Give a file name, e.g. --output out/brief.pdf.");
        }
        if (Files.exists(given)) {
            if (!Files.isRegularFile(given)) {
                return new OutputTarget(Kind.DIRECT, given);
            }
            try {
                return new OutputTarget(Kind.REPLACE, given.toRealPath());
            } catch (IOException e) {
                throw cannotCreate(given, e);
            }
        }
        if (Files.isSymbolicLink(given)) {
            throw new UserError(
                    ExitCode.CANT_CREATE,
                    "cannot create %s: it is a symbolic link to a missing file".formatted(given),
                    "Remove the link or give another file name.");
        }
        return new OutputTarget(Kind.REPLACE, given.toAbsolutePath().normalize());
    }

    boolean isReplaced() {
        return kind == Kind.REPLACE;
    }

    /** Checks now, before any work, that the target can be written. */
    void checkWritable() {
        switch (kind) {
            case STANDARD_OUTPUT -> {}
            case DIRECT -> {
                if (!Files.isWritable(file)) {
                    throw cannotCreate(file, new AccessDeniedException(file.toString()));
                }
            }
            case REPLACE -> probe();
        }
    }

    private void probe() {
        Path dir = file.getParent();
        try {
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir)) {
                throw new FileSystemException(dir.toString(), null, dir + " is not a folder");
            }
            Files.createDirectories(dir);
            Path probe = TempFiles.create(dir, ".alliance-brief", ".probe");
            TempFiles.delete(probe);
        } catch (IOException | SecurityException e) {
            throw cannotCreate(file, e);
        }
    }

    static UserError cannotCreate(Path target, Exception e) {
        return new UserError(
                ExitCode.CANT_CREATE,
                "cannot create %s: %s".formatted(target, reason(e)),
                "Check that the folder exists and is writable, or choose another --output/--json.");
    }

    /** What went wrong, in words: file-system exceptions carry only the path as message. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException ade) {
            return "permission denied" + where(ade);
        }
        if (e instanceof NoSuchFileException nsf) {
            return "no such file or folder" + where(nsf);
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException fae) {
            return fae.getFile() + " exists and is not a folder";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String where(FileSystemException e) {
        return e.getFile() == null ? "" : " (" + e.getFile() + ")";
    }
}
