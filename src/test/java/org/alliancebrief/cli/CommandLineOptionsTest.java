package org.alliancebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineOptionsTest {
    private static RunConfig config(String... args) {
        return assertInstanceOf(CommandLineOptions.Run.class, CommandLineOptions.parse(args))
                .config();
    }

    @Test
    void noArgumentsReadSeedsAndWriteIntoOut() {
        RunConfig c = config();
        assertEquals(List.of(Path.of("seeds")), c.inputs());
        assertEquals(Path.of("out/brief.pdf"), c.output());
        assertEquals(Path.of("out/brief.json"), c.json());
        assertEquals(Path.of("templates/codebook.yaml"), c.codebook());
        assertEquals(Path.of("templates/brief.yaml"), c.template());
        assertEquals(Optional.empty(), c.title());
        assertEquals(0, c.verbosity());
    }

    @Test
    void dataFileDefaultsToThePdfsNameBesideIt() {
        assertEquals(
                Path.of("reports/weekly.json"), config("--output", "reports/weekly.pdf").json());
    }

    @Test
    void inputMayRepeat() {
        assertEquals(
                List.of(Path.of("a"), Path.of("b")), config("--input", "a", "-i", "b").inputs());
    }

    @Test
    void sinceAndUntilAreParsedAsIsoDates() {
        RunConfig c = config("--since", "2017-01-01", "--until", "2019-12-31");
        assertEquals(Optional.of(LocalDate.of(2017, 1, 1)), c.since());
        assertEquals(Optional.of(LocalDate.of(2019, 12, 31)), c.until());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--outptu x.pdf        | unknown option '--outptu'; did you mean --output?",
                "--out x.pdf           | unknown option '--out'; did you mean --output?",
                "--input               | option --input needs a value",
                "stray                 | unexpected argument 'stray'",
                "--since 2020-13-01    | --since '2020-13-01' is not a date",
                "--since 2020-02-01 --until 2020-01-01 | --since 2020-02-01 is after --until 2020-01-01",
                "--quiet --verbose     | --quiet and --verbose cannot be used together",
                "--output a.pdf --output b.pdf | option --output given 2 times; give it once",
                "--output x.json --json x.json | --output and --json name the same file x.json",
            })
    void badCommandLinesAreUsageErrorsThatSayWhatIsWrong(String args, String message) {
        UserError e =
                assertThrows(UserError.class, () -> CommandLineOptions.parse(args.split(" ")));
        assertEquals(ExitCode.USAGE, e.code());
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertTrue(e.hint().isPresent());
    }

    @Test
    void helpAndVersionAreRequestsNotRuns() {
        assertInstanceOf(CommandLineOptions.Help.class, CommandLineOptions.parse("--help"));
        assertInstanceOf(CommandLineOptions.Version.class, CommandLineOptions.parse("-V"));
    }
}
