package org.alliancebrief.corpus;

/** A half-open range {@code [start, end)} of characters in an article's cleaned text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [%d, %d)".formatted(start, end));
        }
    }

    /** The characters this span covers in {@code text}, as a new string. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** Whether {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public int length() {
        return end - start;
    }
}
