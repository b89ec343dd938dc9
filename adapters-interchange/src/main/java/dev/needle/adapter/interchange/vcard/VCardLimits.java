package dev.needle.adapter.interchange.vcard;

/**
 * How much one card may hold. Far above what a real address book reaches (a card with a photo is a
 * few hundred kilobytes, and nobody nests an AGENT's card inside another's), low enough that a file
 * built to exhaust memory or time is refused in a fraction of a second. Documented in the README.
 */
public final class VCardLimits {
    /** Cards inside cards, the outermost counted: a card, its AGENT's card, and that one's AGENT. */
    static final int MAX_NESTING = 3;
    /** Property lines in one card, its nested cards' included. */
    static final int MAX_PROPERTIES = 10_000;
    /** Characters in one property after unfolding: a photo written on a single line fits easily. */
    static final int MAX_LINE = 4_000_000;
    /** Characters in one card, from its BEGIN to its END. */
    static final int MAX_CARD = 8_000_000;
    /** The limits in one sentence, for the command's help; a constant, so an annotation can hold it. */
    public static final String SUMMARY = "Limits per card: " + MAX_CARD / 1_000_000 + " MB, " + MAX_PROPERTIES
            + " properties, " + MAX_LINE / 1_000_000 + " MB per property (unfolded), cards nested " + MAX_NESTING
            + " deep (AGENT); a file past them is refused by line and nothing is imported.";

    private VCardLimits() {
    }
}
