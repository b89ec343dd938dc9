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

    /** The channel with its article, as a sentence needs it: "a call", "an email", "an in-person meeting". */
    public String withArticle() {
        return this == IN_PERSON ? "an in-person meeting" : English.withArticle(label);
    }

    public boolean isFaceToFace() {
        return faceToFace;
    }
}
