package dev.needle.domain;

/** How a touchpoint happens. Only the face-to-face ones cost travel and count against the budget. */
public enum Channel {
    IN_PERSON("in person", true),
    COFFEE("coffee", true),
    CALL("call", false),
    VIDEO("video call", false),
    EMAIL("email", false),
    MESSAGE("message", false);

    private final String label;
    private final boolean faceToFace;

    Channel(String label, boolean faceToFace) {
        this.label = label;
        this.faceToFace = faceToFace;
    }

    public String label() {
        return label;
    }

    public boolean isFaceToFace() {
        return faceToFace;
    }
}
