package org.alliancebrief.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Outputs written to temporary files, moved into place only once all of them are complete.
 *
 * <p>Where a target goes is decided by {@link OutputTarget}: a regular file (or a symbolic link to
 * one, written through to the file it names) is replaced by an atomic move; an existing device or
 * pipe such as {@code /dev/null} is written into, never replaced; {@code -} is standard output.
 * Temporary files are removed on failure and, by {@link TempFiles}, when the process is stopped by
 * a signal.
 */
final class StagedOutputs implements AutoCloseable {
    /** Writes one output's bytes. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes an output's bytes anew from what was staged for it before. */
    interface Rewrite {
        void rewrite(InputStream staged, OutputStream out) throws IOException;
    }

    private final OutputStream standardOutput;
    private final Map<Path, Staged> staged = new LinkedHashMap<>();

    private record Staged(OutputTarget target, Path temp) {}

    StagedOutputs() {
        this(System.out);
    }

    /** Outputs of which {@code -} goes to {@code standardOutput}. */
    StagedOutputs(OutputStream standardOutput) {
        this.standardOutput = standardOutput;
    }

    /** Checks now, before any work, that {@code target} can be written. */
    static void checkWritable(Path target) {
        OutputTarget.of(target).checkWritable();
    }

    void stage(Path given, Body body) {
        try (OutputStream out = open(given)) {
            body.writeTo(out);
        } catch (IOException e) {
            throw writeError(given, e);
        }
    }

    /**
     * Stages {@code given} for writing bit by bit, alongside other outputs: closing the stream
     * finishes it, and an error writing to it names {@code given} (a {@link UserError}) whoever
     * writes. Staging a path again replaces what was staged for it, in the same place.
     */
    OutputStream open(Path given) {
        OutputTarget target = OutputTarget.of(given);
        Path temp;
        try {
            temp =
                    target.isReplaced()
                            ? TempFiles.create(
                                    target.file().getParent(),
                                    "." + target.file().getFileName(),
                                    ".partial")
                            : TempFiles.create(null, "alliance-brief-", ".partial");
            if (target.isReplaced()) {
                shareLike(target.file(), temp);
            }
        } catch (IOException e) {
            throw OutputTarget.cannotCreate(given, e);
        }
        staged.put(given, new Staged(target, temp));
        try {
            return new NamedStream(given, new BufferedOutputStream(Files.newOutputStream(temp)));
        } catch (IOException e) {
            throw writeError(given, e);
        }
    }

    /**
     * Replaces what was staged for {@code given} by what {@code rewrite} makes of it, streamed from
     * the one temporary file into another.
     */
    void restage(Path given, Rewrite rewrite) {
        Staged before = staged.get(given);
        if (before == null) {
            throw new IllegalStateException("nothing staged for " + given);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(before.temp()));
                OutputStream out = open(given)) {
            rewrite.rewrite(in, out);
        } catch (IOException e) {
            throw writeError(given, e);
        } finally {
            TempFiles.delete(before.temp());
        }
    }

    private static UserError writeError(Path given, IOException e) {
        return new UserError(
                ExitCode.IO_ERR,
                "error while writing %s: %s".formatted(given, OutputTarget.reason(e)),
                null);
    }

    /**
     * A temporary file is private to its owner; the brief it becomes is not. It gets the
     * permissions of the file it replaces, or those of an ordinary new file (rw-r--r--).
     */
    private static void shareLike(Path target, Path temp) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> perms =
                Files.exists(target)
                        ? Files.getPosixFilePermissions(target)
                        : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, perms);
    }

    /**
     * Moves every staged output into place; an earlier good output is replaced only now. Returns
     * the files written, without standard output.
     */
    List<Path> commit() {
        List<Path> written = new ArrayList<>();
        // Devices and standard output first: a write that fails there (a full disk behind
        // /dev/full, a closed pipe) must not come after a good earlier file was replaced.
        for (Map.Entry<Path, Staged> entry : staged.entrySet()) {
            Path given = entry.getKey();
            Staged s = entry.getValue();
            switch (s.target().kind()) {
                case DIRECT ->
                        copy(
                                given,
                                s.temp(),
                                () ->
                                        Files.newOutputStream(
                                                s.target().file(), StandardOpenOption.WRITE));
                case STANDARD_OUTPUT ->
                        copy(given, s.temp(), () -> new UnclosedStream(standardOutput));
                case REPLACE -> {}
            }
        }
        for (Map.Entry<Path, Staged> entry : staged.entrySet()) {
            if (entry.getValue().target().isReplaced()) {
                replace(entry.getKey(), entry.getValue());
            }
            if (entry.getValue().target().kind() != OutputTarget.Kind.STANDARD_OUTPUT) {
                written.add(entry.getKey());
            }
        }
        close();
        return written;
    }

    private static void replace(Path given, Staged s) {
        try {
            move(s.temp(), s.target().file());
            TempFiles.forget(s.temp());
        } catch (IOException e) {
            throw new UserError(
                    ExitCode.CANT_CREATE,
                    "cannot replace %s: %s".formatted(given, OutputTarget.reason(e)),
                    null);
        }
    }

    private interface Opener {
        OutputStream open() throws IOException;
    }

    private static void copy(Path given, Path temp, Opener opener) {
        try (OutputStream out = opener.open()) {
            Files.copy(temp, out);
            out.flush();
        } catch (IOException e) {
            throw new UserError(
                    ExitCode.IO_ERR,
                    "error while writing %s: %s".formatted(given, OutputTarget.reason(e)),
                    null);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(
                    from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes whatever was staged but not committed: a failed run leaves nothing half-written. */
    @Override
    public void close() {
        for (Staged s : staged.values()) {
            TempFiles.delete(s.temp());
        }
        staged.clear();
    }

    /** A staged file's stream, whose errors name the output it becomes. */
    private static final class NamedStream extends java.io.FilterOutputStream {
        private final Path given;

        NamedStream(Path given, OutputStream out) {
            super(out);
            this.given = given;
        }

        @Override
        public void write(int b) {
            try {
                out.write(b);
            } catch (IOException e) {
                throw writeError(given, e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw writeError(given, e);
            }
        }

        @Override
        public void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw writeError(given, e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw writeError(given, e);
            }
        }
    }

    /** Standard output stays open for the caller when the copy onto it is done. */
    private static final class UnclosedStream extends java.io.FilterOutputStream {
        UnclosedStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
            if (out instanceof java.io.PrintStream print && print.checkError()) {
                throw new IOException("standard output is closed or full");
            }
        }
    }
}
