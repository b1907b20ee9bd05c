package org.alliancebrief.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/** The command line: options, their parsing into a {@link RunConfig}, and the help text. */
final class CommandLineOptions {
    static final String TRY_HELP = "Try 'alliance-brief --help' for more information.";

    /** A title is a line on the cover and in every page header, not a paragraph. */
    static final int MAX_TITLE_CHARS = 300;

    private static final Options OPTIONS =
            new Options()
                    .addOption(
                            option(
                                    "i",
                                    "input",
                                    "PATH",
                                    "a folder or file of articles (.txt, .md, .html); may repeat (default: seeds)"))
                    .addOption(
                            option(
                                    "o",
                                    "output",
                                    "FILE",
                                    "the PDF to write (default: out/brief.pdf); - for standard output"))
                    .addOption(
                            option(
                                    "j",
                                    "json",
                                    "FILE",
                                    "the data file (default: beside the PDF, same name, .json); - for standard "
                                            + "output"))
                    .addOption(
                            option(
                                    "c",
                                    "codebook",
                                    "FILE",
                                    "the codebook (default: templates/codebook.yaml)"))
                    .addOption(
                            option(
                                    "t",
                                    "template",
                                    "FILE",
                                    "the brief template (default: templates/brief.yaml)"))
                    .addOption(
                            option(
                                    null,
                                    "csv",
                                    "DIR",
                                    "the folder for articles.csv, counts.csv and "
                                            + "quotes.csv (default: beside the PDF, when it is a file)"))
                    .addOption(
                            option(
                                    null,
                                    "baseline",
                                    "FILE",
                                    "a previous run's brief.json: adds "
                                            + "what changed since then to the brief and the data file"))
                    .addOption(option(null, "title", "TEXT", "overrides the template's title"))
                    .addOption(
                            option(
                                    null,
                                    "since",
                                    "DATE",
                                    "keep articles published on or after DATE (YYYY-MM-DD)"))
                    .addOption(
                            option(
                                    null,
                                    "until",
                                    "DATE",
                                    "keep articles published on or before DATE (YYYY-MM-DD)"))
                    .addOption(flag("q", "quiet", "print errors only"))
                    .addOption(flag("v", "verbose", "print progress and details on standard error"))
                    .addOption(flag("h", "help", "print this help and exit"))
                    .addOption(flag("V", "version", "print the version and exit"));

    private CommandLineOptions() {}

    /** What the command line asks for: a run, the help text or the version. */
    sealed interface Request permits Run, Help, Version {}

    record Run(RunConfig config) implements Request {}

    record Help() implements Request {}

    record Version() implements Request {}

    static Request parse(String... args) {
        CommandLine line;
        try {
            // no partial matching: "--out" must not silently mean "--output" in a CI script
            line =
                    DefaultParser.builder()
                            .setAllowPartialMatching(false)
                            .get()
                            .parse(OPTIONS, args);
        } catch (UnrecognizedOptionException e) {
            throw new UserError(
                    ExitCode.USAGE,
                    "unknown option '%s'%s".formatted(e.getOption(), suggestion(e.getOption())),
                    TRY_HELP);
        } catch (MissingArgumentException e) {
            Option o = e.getOption();
            throw new UserError(
                    ExitCode.USAGE,
                    "option --%s needs a value: %s".formatted(o.getLongOpt(), o.getDescription()),
                    TRY_HELP);
        } catch (ParseException e) {
            throw new UserError(ExitCode.USAGE, e.getMessage(), TRY_HELP);
        }
        if (line.hasOption("help")) {
            return new Help();
        }
        if (line.hasOption("version")) {
            return new Version();
        }
        if (!line.getArgList().isEmpty()) {
            throw new UserError(
                    ExitCode.USAGE,
                    "unexpected argument '%s'".formatted(line.getArgList().get(0)),
                    "Articles are given with --input PATH. " + TRY_HELP);
        }
        for (String single :
                List.of(
                        "output",
                        "json",
                        "codebook",
                        "template",
                        "title",
                        "since",
                        "until",
                        "csv",
                        "baseline")) {
            String[] values = line.getOptionValues(single);
            if (values != null && values.length > 1) {
                throw new UserError(
                        ExitCode.USAGE,
                        "option --%s given %d times; give it once".formatted(single, values.length),
                        TRY_HELP);
            }
        }
        if (line.hasOption("quiet") && line.hasOption("verbose")) {
            throw new UserError(
                    ExitCode.USAGE, "--quiet and --verbose cannot be used together", TRY_HELP);
        }
        return new Run(config(line));
    }

    private static RunConfig config(CommandLine line) {
        List<Path> inputs =
                line.hasOption("input")
                        ? Stream.of(line.getOptionValues("input"))
                                .map(CommandLineOptions::path)
                                .toList()
                        : List.of(Installation.resolveDefault("seeds"));
        Path output = path(line.getOptionValue("output", "out/brief.pdf"));
        if (output.equals(OutputTarget.STANDARD_OUTPUT) && !line.hasOption("json")) {
            throw new UserError(
                    ExitCode.USAGE,
                    "--output - sends the PDF to standard output; the data file needs a name",
                    "Give it one with --json FILE.");
        }
        Path json =
                line.hasOption("json") ? path(line.getOptionValue("json")) : besideAsJson(output);
        if (output.equals(OutputTarget.STANDARD_OUTPUT) && json.equals(output)) {
            throw new UserError(
                    ExitCode.USAGE,
                    "--output - and --json - cannot both go to " + "standard output",
                    "Give one of them a file name.");
        }
        if (output.toAbsolutePath().normalize().equals(json.toAbsolutePath().normalize())) {
            throw new UserError(
                    ExitCode.USAGE,
                    "--output and --json name the same file " + output,
                    "Give the data file another name with --json FILE.");
        }
        Optional<LocalDate> since = date(line, "since");
        Optional<LocalDate> until = date(line, "until");
        if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
            throw new UserError(
                    ExitCode.USAGE,
                    "--since %s is after --until %s".formatted(since.get(), until.get()),
                    "Swap the two dates.");
        }
        Optional<String> title =
                Optional.ofNullable(line.getOptionValue("title")).map(String::strip);
        if (title.isPresent() && title.get().isEmpty()) {
            throw new UserError(
                    ExitCode.USAGE,
                    "--title is empty",
                    "Give a title, or leave " + "the option out to use the template's.");
        }
        if (title.isPresent() && title.get().length() > MAX_TITLE_CHARS) {
            throw new UserError(
                    ExitCode.USAGE,
                    "--title is %d characters long; a title has at ".formatted(title.get().length())
                            + "most "
                            + MAX_TITLE_CHARS,
                    "Give a shorter title.");
        }
        int verbosity = line.hasOption("quiet") ? -1 : line.hasOption("verbose") ? 1 : 0;
        return new RunConfig(
                inputs,
                output,
                json,
                line.hasOption("codebook")
                        ? path(line.getOptionValue("codebook"))
                        : Installation.resolveDefault("templates/codebook.yaml"),
                line.hasOption("template")
                        ? path(line.getOptionValue("template"))
                        : Installation.resolveDefault("templates/brief.yaml"),
                title,
                since,
                until,
                verbosity,
                line.hasOption("csv")
                        ? Optional.of(path(line.getOptionValue("csv")))
                        : RunConfig.besidePdf(output),
                Optional.ofNullable(line.getOptionValue("baseline")).map(CommandLineOptions::path));
    }

    private static Path path(String value) {
        if (value.isBlank()) {
            throw new UserError(ExitCode.USAGE, "an option was given an empty path", TRY_HELP);
        }
        try {
            return Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UserError(
                    ExitCode.USAGE,
                    "'%s' is not a valid path: %s".formatted(value, e.getReason()),
                    TRY_HELP);
        }
    }

    private static Path besideAsJson(Path pdf) {
        String name = pdf.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String json = (dot > 0 ? name.substring(0, dot) : name) + ".json";
        return pdf.resolveSibling(json);
    }

    private static Optional<LocalDate> date(CommandLine line, String option) {
        String value = line.getOptionValue(option);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new UserError(
                    ExitCode.USAGE,
                    "--%s '%s' is not a date".formatted(option, value),
                    "Write dates as YYYY-MM-DD, e.g. --%s 2023-01-10.".formatted(option));
        }
    }

    /** ", did you mean --output?" for a long option close to a known one, else "". */
    static String suggestion(String given) {
        String bare = given.replaceFirst("^-+", "");
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Option o : OPTIONS.getOptions()) {
            // a prefix ("--out") is as close as a typo: partial matching is off on purpose
            int d =
                    bare.length() >= 2 && o.getLongOpt().startsWith(bare)
                            ? 1
                            : distance(bare, o.getLongOpt());
            if (d < bestDistance) {
                best = o.getLongOpt();
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, best.length() / 3)
                ? "; did you mean --" + best + "?"
                : "";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static void printHelp(PrintStream out) {
        out.println("Usage: alliance-brief [OPTIONS]");
        out.println();
        out.println(
                "Turns a folder of news articles on NATO-EU cooperation into a PDF policy brief");
        out.println("and the data behind it. With no options it reads seeds/ and writes");
        out.println("out/brief.pdf, out/brief.json and out/articles.csv, counts.csv, quotes.csv.");
        out.println("Relative paths are taken from the folder it is run in.");
        out.println();
        out.println("Options:");
        for (Option o : OPTIONS.getOptions()) {
            String names =
                    (o.getOpt() == null ? "    " : "-" + o.getOpt() + ", ")
                            + "--"
                            + o.getLongOpt()
                            + (o.hasArg() ? " " + o.getArgName() : "");
            List<String> lines = wrap(o.getDescription(), 52);
            out.printf("  %-22s %s%n", names, lines.get(0));
            for (String more : lines.subList(1, lines.size())) {
                out.printf("  %-22s %s%n", "", more);
            }
        }
        out.println();
        out.println("Standard output lists the files written, one a line (or carries the output");
        out.println("given as -); progress and warnings go to standard error. SOURCE_DATE_EPOCH,");
        out.println("when set, fixes the dates in the outputs, so that two runs on the same input");
        out.println("give identical bytes.");
        out.println();
        out.println("Exit status:");
        for (ExitCode code : ExitCode.values()) {
            out.println(code.helpLine());
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static Option option(String shortName, String longName, String arg, String text) {
        return Option.builder(shortName).longOpt(longName).hasArg().argName(arg).desc(text).get();
    }

    private static Option flag(String shortName, String longName, String text) {
        return Option.builder(shortName).longOpt(longName).desc(text).get();
    }
}
