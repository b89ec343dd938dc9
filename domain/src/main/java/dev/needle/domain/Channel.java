package dev.needle.domain;

import java.util.Map;

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

    /** The channel as a noun after "the": "the call", "the in-person meeting" (never "the in person"). */
    public String noun() {
        return this == IN_PERSON ? "in-person meeting" : label;
    }

    public boolean isFaceToFace() {
        return faceToFace;
    }

    /**
     * The words people use for a channel instead of its name, each to the channel it names: a lunch is
     * met in person, a Zoom is a video call, a WhatsApp a message.
     */
    public static Map<String, Channel> otherWords() {
        return OTHER_WORDS;
    }

    private static final Map<String, Channel> OTHER_WORDS = Map.ofEntries(
            Map.entry("lunch", IN_PERSON), Map.entry("dinner", IN_PERSON), Map.entry("breakfast", IN_PERSON),
            Map.entry("brunch", IN_PERSON), Map.entry("drinks", IN_PERSON), Map.entry("beer", IN_PERSON),
            Map.entry("walk", IN_PERSON), Map.entry("visit", IN_PERSON), Map.entry("meetup", IN_PERSON),
            Map.entry("face to face", IN_PERSON),
            Map.entry("tea", COFFEE), Map.entry("cafe", COFFEE), Map.entry("café", COFFEE),
            Map.entry("phone", CALL), Map.entry("telephone", CALL), Map.entry("ring", CALL),
            Map.entry("zoom", VIDEO), Map.entry("teams", VIDEO), Map.entry("meet", VIDEO), Map.entry("google meet", VIDEO),
            Map.entry("skype", VIDEO), Map.entry("facetime", VIDEO), Map.entry("jitsi", VIDEO), Map.entry("webex", VIDEO),
            Map.entry("mail", EMAIL), Map.entry("e-mail", EMAIL),
            Map.entry("text", MESSAGE), Map.entry("sms", MESSAGE), Map.entry("whatsapp", MESSAGE),
            Map.entry("signal", MESSAGE), Map.entry("telegram", MESSAGE), Map.entry("dm", MESSAGE),
            Map.entry("chat", MESSAGE), Map.entry("linkedin", MESSAGE), Map.entry("imessage", MESSAGE));
}
