package dev.needle.domain;

/** Progress of a need. Only open and in-progress needs steer triage. */
public enum NeedStatus {
    OPEN("open"),
    IN_PROGRESS("in progress"),
    MET("met"),
    DROPPED("dropped");

    private final String label;

    NeedStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isActive() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
