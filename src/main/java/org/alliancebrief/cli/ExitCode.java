package org.alliancebrief.cli;

/** How a run ended, as the numbers of BSD {@code sysexits.h} that the SPEC fixes. */
public enum ExitCode {
    OK(0, "done"),
    USAGE(64, "bad command line"),
    DATA_ERR(65, "codebook, template or baseline invalid"),
    NO_INPUT(66, "missing input path, or no readable article"),
    SOFTWARE(70, "internal error"),
    CANT_CREATE(73, "cannot create an output"),
    IO_ERR(74, "I/O error while reading or writing");

    private final int value;
    private final String meaning;

    ExitCode(int value, String meaning) {
        this.value = value;
        this.meaning = meaning;
    }

    public int value() {
        return value;
    }

    /** One line for the "Exit status" part of {@code --help}. */
    public String helpLine() {
        return "  %3d  %s".formatted(value, meaning);
    }
}
