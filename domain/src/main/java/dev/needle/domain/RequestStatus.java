package dev.needle.domain;

/** Where a meeting request stands after triage. */
public enum RequestStatus {
    PENDING("waiting for triage"),
    SCHEDULED("scheduled"),
    /** Scheduled, then logged: the interaction logged counts its cost, so it is no longer booked. */
    HELD("held"),
    COUNTERED("alternative offered"),
    HELPING("helping them"),
    DECLINED("declined kindly");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isDecided() {
        return this != PENDING;
    }
}
