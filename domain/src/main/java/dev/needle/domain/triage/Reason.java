package dev.needle.domain.triage;

import java.util.Objects;

/** One line of a verdict's explanation, naming what it rests on. */
public record Reason(ReasonKind kind, String text) {
    public Reason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return text;
    }
}
