package dev.needle.adapter.tui.core;

/** A key and what it does here, for the hint bar and the help overlay. */
public record KeyHint(String key, String action) {
    public static KeyHint of(String key, String action) {
        return new KeyHint(key, action);
    }

    @Override
    public String toString() {
        return key + " " + action;
    }
}
