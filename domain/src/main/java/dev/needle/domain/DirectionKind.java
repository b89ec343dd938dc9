package dev.needle.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What the user is working toward. The kind decides the kinds of need offered first (a business
 * needs leads, people to hire, vendors and partners; a job search needs conversations, introductions
 * and feedback) and the words used for it ("what your business needs", "we are looking for").
 */
public enum DirectionKind {
    JOB_SEARCH("job search", List.of(NeedKind.INFORMATIONAL_INTERVIEW, NeedKind.INTRODUCTION, NeedKind.FEEDBACK),
            "your job search", false),
    BUSINESS("business", List.of(NeedKind.LEADS, NeedKind.HIRE, NeedKind.VENDOR_PARTNER, NeedKind.INTRODUCTION),
            "your business", true),
    OTHER("other", List.of(NeedKind.INTRODUCTION, NeedKind.INFORMATIONAL_INTERVIEW, NeedKind.FEEDBACK),
            "your direction", false);

    private final String label;
    private final List<NeedKind> first;
    private final String yours;
    /** A business speaks as "we" unless its plan says otherwise ({@link Voice#of}); a person's own search as "I". */
    private final boolean we;

    DirectionKind(String label, List<NeedKind> first, String yours, boolean we) {
        this.label = label;
        this.first = first;
        this.yours = yours;
        this.we = we;
    }

    public String label() {
        return label;
    }

    /** Every need kind, the ones this direction usually needs first, then the rest in their usual order. */
    public List<NeedKind> needKinds() {
        List<NeedKind> all = new ArrayList<>(first);
        for (NeedKind kind : NeedKind.values()) {
            if (!all.contains(kind)) {
                all.add(kind);
            }
        }
        return List.copyOf(all);
    }

    /** The kind a new need starts with: leads for a business, a conversation for a job search. */
    public NeedKind defaultNeedKind() {
        return first.get(0);
    }

    /** "your business", "your job search": what the needs belong to, in a sentence. */
    public String yours() {
        return yours;
    }

    /** The voice this kind speaks in when nothing else is known: "we" for a business, "I" otherwise. */
    public Voice voice() {
        return we ? Voice.WE : Voice.I;
    }

    /** Who is looking in this kind's usual voice ({@link Voice#whoIsLooking}); a plan's own words may differ ({@link Voice#of}). */
    public String whoIsLooking() {
        return voice().whoIsLooking();
    }

    /** "we" or "I" in this kind's usual voice ({@link Voice#subject}). */
    public String subject() {
        return voice().subject();
    }

    /** "our" or "my" in this kind's usual voice ({@link Voice#possessive}). */
    public String possessive() {
        return voice().possessive();
    }

    /** One line for the need form: what a need of this direction looks like, with examples. */
    public String needHint() {
        return switch (this) {
            case BUSINESS -> "What your business needs: leads at a company, someone to hire, a vendor or partner.";
            case JOB_SEARCH -> "What your job search needs: a conversation with someone at a company, an introduction, feedback.";
            case OTHER -> "One concrete thing your direction needs.";
        };
    }
}
