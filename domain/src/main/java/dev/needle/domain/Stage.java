package dev.needle.domain;

/**
 * Where a relationship stands. NOT_MET_YET is someone you know of and have yet to meet (expected at an event
 * still to come); CLOSED_KINDLY is the end of the road, reached only with a message.
 */
public enum Stage {
    NOT_MET_YET("not met yet"),
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
