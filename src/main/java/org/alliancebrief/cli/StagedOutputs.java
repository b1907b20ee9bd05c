package org.alliancebrief.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Outputs written beside their targets, moved into place only once all of them are complete. */
final class StagedOutputs implements AutoCloseable {
    /** Writes one output's bytes. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Map<Path, Path> tempByTarget = new LinkedHashMap<>();

    /** Checks now, before any work, that {@code target}'s folder can be created and written. */
    static void checkWritable(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".alliance-brief", ".probe");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw cannotCreate(target, e);
        }
        if (Files.isDirectory(target)) {
            throw new UserError(ExitCode.CANT_CREATE,
                    "cannot create %s: it is a folder".formatted(target),
                    "Give a file name, e.g. --output out/brief.pdf.");
        }
    }

    void stage(Path target, Body body) {
        Path temp;
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".partial");
            shareLike(target, temp);
        } catch (IOException e) {
            throw cannotCreate(target, e);
        }
        tempByTarget.put(target, temp);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UserError(ExitCode.IO_ERR,
                    "error while writing %s: %s".formatted(target, reason(e)), null);
        }
    }

    /**
     * A temporary file is private to its owner; the brief it becomes is not. It gets the
     * permissions of the file it replaces, or those of an ordinary new file (rw-r--r--).
     */
    private static void shareLike(Path target, Path temp) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, perms);
    }

    /** Moves every staged output into place; an earlier good output is replaced only now. */
    List<Path> commit() {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, Path> staged : tempByTarget.entrySet()) {
            try {
                move(staged.getValue(), staged.getKey());
            } catch (IOException e) {
                throw new UserError(ExitCode.CANT_CREATE,
                        "cannot replace %s: %s".formatted(staged.getKey(), reason(e)), null);
            }
            written.add(staged.getKey());
        }
        tempByTarget.clear();
        return written;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes whatever was staged but not committed: a failed run leaves nothing half-written. */
    @Override
    public void close() {
        for (Path temp : tempByTarget.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort: the run is already failing with a clearer message
            }
        }
        tempByTarget.clear();
    }

    private static UserError cannotCreate(Path target, Exception e) {
        return new UserError(ExitCode.CANT_CREATE,
                "cannot create %s: %s".formatted(target, reason(e)),
                "Check that the folder exists and is writable, or choose another --output/--json.");
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
