package dev.needle.adapter.tui.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * The numbered screens: the key that reaches each, the name on its tab and the palette word. Every
 * message that sends the user to a screen names it through here, so numbers cannot drift.
 */
public enum Screen {
    TODAY(1, "Today", "today"),
    NEEDS(2, "Needs", "needs"),
    CONTACTS(3, "Contacts", "contacts"),
    EVENTS(4, "Events", "events"),
    FOLLOW_UPS(5, "Follow-ups", "follow-ups"),
    BUDGET(6, "Budget", "budget");

    private final int number;
    private final String title;
    private final String word;

    Screen(int number, String title, String word) {
        this.number = number;
        this.title = title;
        this.word = word;
    }

    public int number() {
        return number;
    }

    /** The name on the tab and in the title, e.g. "Follow-ups". */
    public String title() {
        return title;
    }

    /** The word that opens it from the {@code :} palette. */
    public String word() {
        return word;
    }

    /** How a message points there: "the Budget screen (6)". */
    public String reference() {
        return "the " + title + " screen (" + number + ")";
    }

    public static Optional<Screen> numbered(int number) {
        return Arrays.stream(values()).filter(s -> s.number == number).findFirst();
    }

    public static Optional<Screen> titled(String title) {
        return Arrays.stream(values()).filter(s -> s.title.equals(title)).findFirst();
    }
}
