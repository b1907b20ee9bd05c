package org.alliancebrief.brief.template;

import java.util.List;

/** A brief template that cannot be used, with every problem placed as {@code file:line:col}. */
public final class TemplateException extends RuntimeException {
    private final List<String> problems;

    public TemplateException(List<String> problems) {
        super(String.join("\n", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
