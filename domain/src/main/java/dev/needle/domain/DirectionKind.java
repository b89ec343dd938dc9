package dev.needle.domain;

/** What the user is working toward. */
public enum DirectionKind {
    JOB_SEARCH("job search"),
    BUSINESS("business"),
    OTHER("other");

    private final String label;

    DirectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
