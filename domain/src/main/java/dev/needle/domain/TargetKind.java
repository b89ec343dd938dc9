package dev.needle.domain;

/**
 * What a need aims at. A company target is the strongest signal (that person is inside), a role
 * next, a topic the loosest; the triage weights follow that order by default.
 */
public enum TargetKind {
    COMPANY("company"),
    ROLE("role"),
    TOPIC("topic");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
