package org.alliancebrief.cli;

import java.io.PrintStream;

/** Messages to the user on standard error, each line prefixed with the program's name. */
final class Console {
    private static final String PREFIX = "alliance-brief: ";
    private final PrintStream err;
    private final int verbosity;

    Console(PrintStream err, int verbosity) {
        this.err = err;
        this.verbosity = verbosity;
    }

    /** The stream messages go to, for a progress bar drawn on the same terminal. */
    PrintStream stream() {
        return err;
    }

    /** A problem the run survived (a skipped file); silenced by --quiet. */
    void warn(String message) {
        if (verbosity >= 0) {
            err.println(PREFIX + "warning: " + message);
        }
    }

    /** A summary line of what the run did; silenced by --quiet. */
    void info(String message) {
        if (verbosity >= 0) {
            err.println(PREFIX + message);
        }
    }

    /** Detail shown only with --verbose. */
    void detail(String message) {
        if (verbosity > 0) {
            err.println(PREFIX + message);
        }
    }

    /** An error that ends the run; never silenced. */
    void error(String message) {
        err.println(PREFIX + message);
    }

    /** A line of advice after an error, printed as is. */
    void hint(String line) {
        err.println(line);
    }
}
