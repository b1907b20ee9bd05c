package org.alliancebrief.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.alliancebrief.brief.template.TemplateException;
import org.alliancebrief.codebook.CodebookException;

/** The command-line entry point: parses options, runs the pipeline, maps failures to exits. */
public final class Main {
    private Main() {}

    public static void main(String... args) {
        System.exit(run(args, System.out, System.err, System.getenv(), Instant.now()));
    }

    /** Everything {@link #main} does except exiting, so that tests can call it in-process. */
    static int run(
            String[] args, PrintStream out, PrintStream err, Map<String, String> env, Instant now) {
        Console console = new Console(err, List.of(args).contains("--quiet") ? -1 : 0);
        try {
            CommandLineOptions.Request request = CommandLineOptions.parse(args);
            switch (request) {
                case CommandLineOptions.Help h -> CommandLineOptions.printHelp(out);
                case CommandLineOptions.Version v -> out.println("alliance-brief " + version());
                case CommandLineOptions.Run r -> {
                    console = new Console(err, r.config().verbosity());
                    Instant generated = SourceDate.from(env).orElse(now);
                    List<Path> written =
                            new BriefRun(r.config(), console, generated, version())
                                    .withStandardOutput(out)
                                    .execute();
                    if (!r.config().writesToStandardOutput()) {
                        written.forEach(out::println); // standard output carries only the paths
                    }
                }
            }
            return ExitCode.OK.value();
        } catch (RuntimeException e) {
            ExitCode code = exitCodeFor(e);
            report(e, console, List.of(args).contains("--verbose"), err);
            return code.value();
        } catch (OutOfMemoryError e) {
            console.error("out of memory: " + e.getMessage());
            console.hint("Give the JVM more memory (java -Xmx4g -jar ...) or split the corpus.");
            return ExitCode.SOFTWARE.value();
        }
    }

    /** The one place where failures become exit statuses. */
    static ExitCode exitCodeFor(RuntimeException e) {
        if (e instanceof UserError user) {
            return user.code();
        }
        if (e instanceof CodebookException || e instanceof TemplateException) {
            return ExitCode.DATA_ERR;
        }
        if (e instanceof UncheckedIOException) {
            return ExitCode.IO_ERR;
        }
        return ExitCode.SOFTWARE; // a bug in this program, not a mistake of the user
    }

    private static void report(
            RuntimeException e, Console console, boolean verbose, PrintStream err) {
        switch (e) {
            case UserError user -> {
                console.error(user.getMessage());
                user.hint().ifPresent(console::hint);
            }
            case CodebookException c -> {
                console.error(c.getMessage());
                console.hint(
                        "Fix the codebook and run again; see README, 'Extending the codebook'.");
            }
            case TemplateException t -> {
                console.error(t.getMessage());
                console.hint("Fix the template and run again; see README, 'The brief template'.");
            }
            case UncheckedIOException io ->
                    console.error("I/O error: " + io.getCause().getMessage());
            default -> {
                console.error("internal error: " + e);
                if (verbose) {
                    e.printStackTrace(err);
                } else {
                    console.hint(
                            "This is a bug. Run again with --verbose to see where it happened.");
                }
            }
        }
    }

    /** The version from the build, e.g. "1.0.0". */
    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
