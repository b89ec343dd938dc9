package dev.needle.domain;

/**
 * The kinds of need a job search or a business plan breaks into. What to ask a person who might help
 * with one follows its kind and its target ({@link NeedWords}), so a prep sheet says more than "talk to people".
 */
public enum NeedKind {
    INTRODUCTION("introduction to a target company"),
    INFORMATIONAL_INTERVIEW("informational interview"),
    FEEDBACK("feedback or critique"),
    LEADS("leads"),
    HIRE("hire"),
    VENDOR_PARTNER("vendor or partner"),
    OTHER("other");

    private final String label;

    NeedKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
