package org.alliancebrief.codebook;

import java.util.List;

/** A codebook that cannot be used, with every problem placed as {@code file:line:col}. */
public final class CodebookException extends RuntimeException {
    private final List<String> problems;

    public CodebookException(List<String> problems) {
        super(String.join("\n", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** Each problem on its own, in file order. */
    public List<String> problems() {
        return problems;
    }
}
