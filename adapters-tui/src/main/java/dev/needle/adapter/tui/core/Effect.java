package dev.needle.adapter.tui.core;

/** Something the terminal must do besides drawing; the app carries it out after the key is handled. */
public sealed interface Effect {
    /** Ctrl-L: repaint every cell, not just the ones that changed. */
    record Repaint() implements Effect {
    }

    /** Put text on the user's clipboard (OSC 52), e.g. a suggested message. */
    record Copy(String text) implements Effect {
    }
}
