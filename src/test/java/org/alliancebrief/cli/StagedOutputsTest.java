package org.alliancebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputsTest {
    @TempDir Path dir;

    @Test
    void outputsAppearOnlyOnCommit() throws IOException {
        Path pdf = dir.resolve("brief.pdf");
        try (StagedOutputs outputs = new StagedOutputs()) {
            outputs.stage(pdf, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
            assertEquals(false, Files.exists(pdf));
            assertEquals(List.of(pdf), outputs.commit());
        }
        assertEquals("new", Files.readString(pdf));
        assertEquals(List.of(pdf), list());
    }

    @Test
    void outputsAreReadableLikeAnyFileOrKeepThePermissionsOfTheFileTheyReplace()
            throws IOException {
        Path pdf = dir.resolve("brief.pdf");
        Path json = dir.resolve("brief.json");
        Files.writeString(json, "old");
        Files.setPosixFilePermissions(json, PosixFilePermissions.fromString("rw-rw----"));
        try (StagedOutputs outputs = new StagedOutputs()) {
            outputs.stage(pdf, out -> out.write(1));
            outputs.stage(json, out -> out.write(2));
            outputs.commit();
        }
        assertEquals(
                "rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf)));
        assertEquals(
                "rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(json)));
    }

    @Test
    void aFailedRunKeepsTheEarlierGoodOutputAndLeavesNoTempFile() throws IOException {
        Path pdf = dir.resolve("brief.pdf");
        Path json = dir.resolve("brief.json");
        Files.writeString(pdf, "good");
        Files.writeString(json, "good");
        assertThrows(
                UserError.class,
                () -> {
                    try (StagedOutputs outputs = new StagedOutputs()) {
                        outputs.stage(
                                pdf, out -> out.write("half".getBytes(StandardCharsets.UTF_8)));
                        outputs.stage(
                                json,
                                out -> {
                                    throw new IOException("No space left on device");
                                });
                        outputs.commit();
                    }
                });
        assertEquals("good", Files.readString(pdf));
        assertEquals("good", Files.readString(json));
        assertEquals(List.of(json, pdf), list());
    }

    @Test
    void outputsWrittenTogetherAndOneRewrittenKeepTheirOrderAndLeaveNoTempFile()
            throws IOException {
        Path lines = dir.resolve("brief.articles.jsonl");
        Path rows = dir.resolve("articles.csv");
        try (StagedOutputs outputs = new StagedOutputs();
                OutputStream a = outputs.open(lines);
                OutputStream b = outputs.open(rows)) {
            a.write('1');
            b.write('2');
            a.close();
            b.close();
            outputs.restage(rows, (in, out) -> out.write(in.read() + 1));
            assertEquals(List.of(lines, rows), outputs.commit());
        }
        assertEquals("1", Files.readString(lines));
        assertEquals("3", Files.readString(rows));
        assertEquals(List.of(rows, lines), list());
    }

    @Test
    void anOutputFolderThatIsAFileCannotBeCreated() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        UserError e =
                assertThrows(
                        UserError.class,
                        () -> StagedOutputs.checkWritable(file.resolve("brief.pdf")));
        assertEquals(ExitCode.CANT_CREATE, e.code());
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
