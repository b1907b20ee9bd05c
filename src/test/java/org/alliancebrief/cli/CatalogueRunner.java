package org.alliancebrief.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Runs one catalogue case, in-process or through the jar, and checks that nothing was lost. */
final class CatalogueRunner {
    static final byte[] EARLIER_PDF =
            "%PDF-1.7 an earlier good brief".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EARLIER_JSON =
            "{\"schema\": \"earlier good data file\"}".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern REPEAT = Pattern.compile("\\{repeat:(\\d+):([^}]*)}");
    private static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1764028800");

    private final Catalogue.Case c;
    private final Path root;
    private final Path caseDir;
    private final Path out;
    private final List<Path> mounts = new ArrayList<>();

    record Result(int status, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    CatalogueRunner(Catalogue.Case c) throws IOException {
        this.c = c;
        this.root = Files.createTempDirectory("catalogue-" + c.name() + "-");
        this.caseDir = root.resolve("case");
        this.out = Files.createDirectories(root.resolve("out"));
    }

    void run() throws Exception {
        Assumptions.assumeTrue(c.get("disabled", "").isEmpty(), c.get("disabled", ""));
        needs();
        try {
            copy(c.folder(), caseDir);
            Files.write(out.resolve("brief.pdf"), EARLIER_PDF);
            Files.write(out.resolve("brief.json"), EARLIER_JSON);
            if (asOtherUser()) {
                openToAll(root);
            }
            for (String step : c.list("setup", ";")) {
                setup(step);
            }
            Map<String, String> before = snapshot(caseDir);
            Map<String, String> specialBefore = special();
            Set<Path> tempsBefore = systemTemps();
            List<String> args = args();
            Result r = c.viaJar() ? jar(args) : inProcess(args);
            String context =
                    "case "
                            + c.name()
                            + " "
                            + args
                            + "\nstderr:\n"
                            + r.stderr()
                            + "\nstdout:\n"
                            + abbreviated(r.out());
            assertEquals(c.exit(), r.status(), context);
            for (String word : c.list("stderr", "\\|")) {
                assertTrue(r.stderr().contains(word), "stderr lacks '" + word + "'; " + context);
            }
            checkStdout(r, args, context);
            if (r.status() == 0) {
                checkDataFile(args, r, context);
            } else {
                assertArrayEquals(
                        EARLIER_PDF,
                        Files.readAllBytes(out.resolve("brief.pdf")),
                        "a failed run replaced the earlier PDF; " + context);
                assertArrayEquals(
                        EARLIER_JSON,
                        Files.readAllBytes(out.resolve("brief.json")),
                        "a failed run replaced the earlier data file; " + context);
            }
            Map<String, String> after = snapshot(caseDir);
            for (String changed : c.list("changes", ",")) {
                before.remove(changed);
                after.remove(changed);
            }
            assertEquals(before, after, "inputs changed; " + context);
            assertEquals(specialBefore, special(), "a special file was replaced; " + context);
            assertEquals(List.of(), leftovers(), "temporary files left; " + context);
            Set<Path> temps = systemTemps();
            temps.removeAll(tempsBefore);
            assertEquals(Set.of(), temps, "temporary files left in the system folder; " + context);
            if (!c.viaJar()) {
                assertEquals(0, TempFiles.live(), "temporary files still registered");
            }
        } finally {
            cleanUp();
        }
    }

    private void needs() throws Exception {
        for (String need : c.list("needs", ",")) {
            switch (need) {
                case "nonroot" ->
                        Assumptions.assumeFalse(
                                isRoot(),
                                "runs as root, who reads and writes everything: permissions untestable");
                case "setpriv" ->
                        Assumptions.assumeTrue(
                                !isRoot()
                                        || new ProcessBuilder("sh", "-c", "command -v setpriv")
                                                        .start()
                                                        .waitFor()
                                                == 0,
                                "runs as root without setpriv: cannot drop to another user");
                case "mkfifo" ->
                        Assumptions.assumeTrue(
                                new ProcessBuilder("sh", "-c", "command -v mkfifo")
                                                .start()
                                                .waitFor()
                                        == 0,
                                "no mkfifo on this machine");
                case "tmpfs" -> {} // tried in setup, skipped there when mount is refused
                default -> fail("unknown need '" + need + "' in case " + c.name());
            }
        }
    }

    private void setup(String step) throws Exception {
        int colon = step.indexOf(':');
        String kind = step.substring(0, colon);
        String rest = step.substring(colon + 1);
        String[] pv = rest.split("=", 2);
        Path path = resolve(pv[0]);
        Files.createDirectories(path.getParent());
        switch (kind) {
            case "fifo" ->
                    assertEquals(
                            0,
                            new ProcessBuilder("mkfifo", path.toString()).start().waitFor(),
                            "mkfifo " + path);
            case "link" ->
                    Files.createSymbolicLink(
                            path, pv[1].startsWith("/") ? Path.of(pv[1]) : resolve(pv[1]));
            case "sparse" -> {
                try (RandomAccessFile f = new RandomAccessFile(path.toFile(), "rw")) {
                    f.setLength(Long.parseLong(pv[1]));
                }
            }
            case "repeat" -> {
                String[] nt = pv[1].split(":", 2);
                Files.writeString(path, unescape(nt[1]).repeat(Integer.parseInt(nt[0])));
            }
            case "copy" -> Files.copy(Path.of(pv[1]), path);
            case "chmod" ->
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(pv[1]));
            case "tmpfs" -> {
                Files.createDirectories(path);
                Process p =
                        new ProcessBuilder(
                                        "mount",
                                        "-t",
                                        "tmpfs",
                                        "-o",
                                        "size=" + pv[1],
                                        "tmpfs",
                                        path.toString())
                                .redirectErrorStream(true)
                                .start();
                boolean mounted = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
                Assumptions.assumeTrue(
                        mounted,
                        "cannot mount a small tmpfs here (needs root "
                                + "and CAP_SYS_ADMIN): the disk-full case is not run");
                mounts.add(path);
            }
            default -> fail("unknown setup step '" + step + "' in case " + c.name());
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Root reads and writes everything: a permission case runs the jar as another user. */
    private boolean asOtherUser() {
        return isRoot() && !c.get("user", "").isEmpty();
    }

    private static void openToAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.toList()) {
                Files.setPosixFilePermissions(
                        f,
                        PosixFilePermissions.fromString(
                                Files.isDirectory(f) ? "rwxrwxrwx" : "rw-rw-rw-"));
            }
        }
    }

    private Path resolve(String p) {
        if (p.startsWith("{out}/")) {
            return out.resolve(p.substring(6));
        }
        return caseDir.resolve(p);
    }

    private static String unescape(String text) {
        return text.replace("\\s", " ").replace("\\n", "\n");
    }

    private List<String> args() {
        String line = c.get("args", "");
        List<String> args = new ArrayList<>();
        for (String token : line.isEmpty() ? new String[0] : line.split("\\s+")) {
            Matcher m = REPEAT.matcher(token);
            StringBuilder expanded = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(
                        expanded,
                        Matcher.quoteReplacement(
                                unescape(m.group(2)).repeat(Integer.parseInt(m.group(1)))));
            }
            m.appendTail(expanded);
            args.add(
                    expanded.toString()
                            .replace("{case}", caseDir.toString())
                            .replace("{out}", out.toString()));
        }
        if (!args.contains("--input") && Files.isDirectory(caseDir.resolve("in"))) {
            args.addAll(0, List.of("--input", caseDir.resolve("in").toString()));
        }
        if (!args.contains("--output")) {
            args.addAll(List.of("--output", out.resolve("brief.pdf").toString()));
        }
        return args;
    }

    private Result inProcess(List<String> args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int status =
                Assertions.assertTimeoutPreemptively(
                        timeout(),
                        () ->
                                Main.run(
                                        args.toArray(String[]::new),
                                        new PrintStream(stdout, true, StandardCharsets.UTF_8),
                                        new PrintStream(stderr, true, StandardCharsets.UTF_8),
                                        ENV,
                                        Instant.parse("2026-11-25T10:00:00Z")),
                        "case " + c.name() + " took too long");
        return new Result(status, stdout.toByteArray(), stderr.toString(StandardCharsets.UTF_8));
    }

    private Result jar(List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        if (asOtherUser()) {
            String id = c.get("user", "");
            command.addAll(List.of("setpriv", "--reuid=" + id, "--regid=" + id, "--clear-groups"));
        }
        command.addAll(
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djava.awt.headless=true",
                        "-jar",
                        Path.of("target/alliance-brief.jar").toAbsolutePath().toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(ENV);
        if (asOtherUser()) {
            pb.environment().put("HOME", root.toString()); // the other user has no home of its own
        }
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path stdout = root.resolve("stdout");
        Path stderr = root.resolve("stderr");
        pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Process p = pb.start();
        String signal = c.get("signal", "");
        try {
            if (!signal.isEmpty()) {
                String[] sm = signal.split(":");
                Thread.sleep(Long.parseLong(sm[1]));
                new ProcessBuilder("kill", "-" + sm[0], Long.toString(p.pid())).start().waitFor();
            }
            if (!p.waitFor(timeout().toSeconds(), TimeUnit.SECONDS)) {
                fail("case " + c.name() + " took longer than " + timeout().toSeconds() + " s");
            }
        } finally {
            p.destroyForcibly();
        }
        byte[] outBytes = Files.readAllBytes(stdout);
        String errText = Files.readString(stderr);
        Files.delete(stdout);
        Files.delete(stderr);
        return new Result(p.exitValue(), outBytes, errText);
    }

    private Duration timeout() {
        return Duration.ofSeconds(Long.parseLong(c.get("timeout", "60")));
    }

    private void checkStdout(Result r, List<String> args, String context) throws IOException {
        String mode = c.get("stdout", "paths");
        if (mode.equals("paths")) {
            String expected =
                    r.status() != 0
                            ? ""
                            : option(args, "--output")
                                    + "\n"
                                    + jsonPath(args)
                                    + "\n"
                                    + csvPaths(args);
            assertEquals(expected, r.out(), "standard output is not clean; " + context);
        } else if (mode.equals("json")) {
            assertEquals(
                    "alliance-brief/1",
                    new ObjectMapper().readTree(r.stdout()).path("schema").asText(),
                    context);
        } else if (mode.equals("pdf")) {
            assertTrue(r.out().startsWith("%PDF-"), context);
        } else if (mode.startsWith("contains:")) {
            assertTrue(r.out().contains(mode.substring(9)), context);
        } else if (!mode.equals("any")) {
            fail("unknown stdout '" + mode + "' in case " + c.name());
        }
    }

    private void checkDataFile(List<String> args, Result r, String context) throws IOException {
        if (c.get("articles", "").isEmpty()
                && c.list("skipped", ",").isEmpty()
                && c.get("maxjson", "").isEmpty()) {
            return;
        }
        Path json = Path.of(jsonPath(args));
        byte[] bytes = json.toString().equals("-") ? r.stdout() : Files.readAllBytes(json);
        JsonNode data = new ObjectMapper().readTree(bytes);
        if (!c.get("articles", "").isEmpty()) {
            assertEquals(
                    Integer.parseInt(c.get("articles", "")),
                    data.path("corpus").path("articles").asInt(),
                    context);
        }
        List<String> skipped = new ArrayList<>();
        data.path("corpus")
                .path("skipped")
                .forEach(
                        s ->
                                skipped.add(
                                        s.path("file").asText()
                                                + ": "
                                                + s.path("reason").asText()));
        for (String expected : c.list("skipped", ",")) {
            assertTrue(
                    skipped.stream().anyMatch(s -> s.contains(expected)),
                    "corpus.skipped " + skipped + " lacks " + expected + "; " + context);
        }
        if (!c.get("maxjson", "").isEmpty()) {
            assertTrue(
                    bytes.length <= Long.parseLong(c.get("maxjson", "")),
                    "data file of " + bytes.length + " bytes; " + context);
        }
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i < 0 ? null : args.get(i + 1);
    }

    /** The spreadsheets a good run lists after the data file: beside a PDF that is a file. */
    private static String csvPaths(List<String> args) {
        String dir = option(args, "--csv");
        Path pdf = Path.of(option(args, "--output"));
        if (dir == null) {
            if (pdf.toString().equals("-") || !Files.isRegularFile(pdf)) {
                return "";
            }
            dir = pdf.getParent() == null ? "." : pdf.getParent().toString();
        }
        StringBuilder lines = new StringBuilder();
        for (String name : org.alliancebrief.render.csv.CsvWriter.FILES) {
            lines.append(Path.of(dir).resolve(name)).append('\n');
        }
        return lines.toString();
    }

    private static String jsonPath(List<String> args) {
        String json = option(args, "--json");
        if (json != null) {
            return json;
        }
        String pdf = option(args, "--output");
        return pdf.substring(0, pdf.lastIndexOf('.')) + ".json";
    }

    /** Hashes of the regular files under {@code dir}, not following links. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.exists(dir)) {
            return hashes;
        }
        Files.walkFileTree(
                dir,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes a)
                            throws IOException {
                        if (a.isRegularFile() && Files.isReadable(file)) {
                            hashes.put(dir.relativize(file).toString(), sha256(file));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What each listed special path is (link, device, pipe), to compare after the run. */
    private Map<String, String> special() throws IOException {
        Map<String, String> kinds = new HashMap<>();
        for (String p : c.list("special", ",")) {
            Path path = p.startsWith("/") ? Path.of(p) : resolve(p);
            BasicFileAttributes a =
                    Files.readAttributes(
                            path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            kinds.put(
                    p,
                    a.isSymbolicLink()
                            ? "link to " + Files.readSymbolicLink(path)
                            : a.isOther() ? "special" : a.isRegularFile() ? "file" : "folder");
        }
        return kinds;
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(
                            f -> {
                                String n = f.getFileName().toString();
                                return n.endsWith(".partial") || n.endsWith(".probe");
                            })
                    .toList();
        }
    }

    private static Set<Path> systemTemps() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return new java.util.HashSet<>(
                    files.filter(
                                    f -> {
                                        String n = f.getFileName().toString();
                                        return n.startsWith("alliance-brief-")
                                                && n.endsWith(".partial");
                                    })
                            .toList());
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals("case.properties")) {
                    Files.copy(f, target);
                }
            }
        }
    }

    private void cleanUp() throws Exception {
        for (Path m : mounts) {
            new ProcessBuilder("umount", m.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a)
                            throws IOException {
                        Files.setPosixFilePermissions(
                                d, PosixFilePermissions.fromString("rwx------"));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes a)
                            throws IOException {
                        Files.delete(f);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException e)
                            throws IOException {
                        Files.delete(d);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    private static String abbreviated(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
    }

    static void assertNoCaseIsMissing(List<Catalogue.Case> cases) {
        assertFalse(cases.isEmpty());
        assertTrue(
                cases.size() >= Catalogue.MIN_CASES,
                "the catalogue has " + cases.size() + " cases, fewer than " + Catalogue.MIN_CASES);
    }
}
