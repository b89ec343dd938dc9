package dev.needle.domain;

/**
 * The kinds of need a job search or a business plan breaks into. Each knows what to ask a person who
 * might help with it, so an event prep sheet can say more than "talk to people".
 */
public enum NeedKind {
    INTRODUCTION("introduction to a target company", "Who do you know at %s who would take a short call with me?"),
    INFORMATIONAL_INTERVIEW("informational interview", "Could we talk for twenty minutes about how work in %s really looks?"),
    FEEDBACK("feedback or critique", "Would you give me honest feedback on my %s?"),
    LEADS("leads", "Which companies in %s do you see growing or changing right now?"),
    HIRE("hire", "Do you know someone strong in %s who might be open to a move?"),
    VENDOR_PARTNER("vendor or partner", "Whom do you trust for %s, and why?"),
    OTHER("other", "Do you know anyone who could help me with %s?");

    private final String label;
    private final String question;

    NeedKind(String label, String question) {
        this.label = label;
        this.question = question;
    }

    public String label() {
        return label;
    }

    /** The question to ask someone about this kind of need, about {@code subject}. */
    public String question(String subject) {
        return String.format(question, subject);
    }
}
