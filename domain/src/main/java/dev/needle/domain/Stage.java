package dev.needle.domain;

/** Where a relationship stands. CLOSED_KINDLY is the end of the road, reached only with a message. */
public enum Stage {
    MET("met"),
    FOLLOWING_UP("following up"),
    MEETING_PROPOSED("meeting proposed"),
    SCHEDULED("scheduled"),
    RELATIONSHIP("relationship"),
    CLOSED_KINDLY("closed kindly");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
