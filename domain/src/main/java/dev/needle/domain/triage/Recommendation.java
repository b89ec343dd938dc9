package dev.needle.domain.triage;

/** The four answers triage gives to a meeting request. */
public enum Recommendation {
    MEET_IN_PERSON("Meet in person"),
    TARGETED_ALTERNATIVE("Suggest a call or email instead"),
    HELP_THEM("Help them (pay it forward)"),
    DECLINE_KINDLY("Decline kindly");

    private final String headline;

    Recommendation(String headline) {
        this.headline = headline;
    }

    /** What the verdict says, big and plain. */
    public String headline() {
        return headline;
    }
}
