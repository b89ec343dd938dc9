package dev.needle.adapter.tui.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a key did: stay (with a new value of the screen), open a screen on top, go back, start over
 * on a screen, quit, or nothing at all; plus an optional message, question and terminal effects.
 */
public record Step(Move move, View view, Optional<String> message, Optional<Overlay> overlay, List<Effect> effects) {
    public enum Move { STAY, OPEN, BACK, RESET, PARK, QUIT, UNHANDLED }

    public Step {
        message = message == null ? Optional.empty() : message;
        overlay = overlay == null ? Optional.empty() : overlay;
        effects = List.copyOf(effects);
    }

    private static Step of(Move move, View view) {
        return new Step(move, view, Optional.empty(), Optional.empty(), List.of());
    }

    /** Same screen, new state. */
    public static Step stay(View view) {
        return of(Move.STAY, view);
    }

    public static Step open(View view) {
        return of(Move.OPEN, view);
    }

    public static Step back() {
        return of(Move.BACK, null);
    }

    /** Replaces the whole stack with one screen, as the 1–6 jumps do. */
    public static Step reset(View view) {
        return of(Move.RESET, view);
    }

    /** Leaves an unfinished first-run setup for the main screens, keeping it to resume with s. */
    public static Step park(View draft) {
        return of(Move.PARK, draft);
    }

    public static Step quit() {
        return of(Move.QUIT, null);
    }

    public static Step unhandled() {
        return of(Move.UNHANDLED, null);
    }

    public Step say(String text) {
        return new Step(move, view, Optional.of(text), overlay, effects);
    }

    /** Asks y/N before doing {@code onYes}; the screen stays as it is meanwhile. */
    public Step ask(String question, Function<Session, Step> onYes) {
        return new Step(move, view, message, Optional.of(new Overlay.Confirm(question, onYes)), effects);
    }

    public Step with(Effect effect) {
        List<Effect> more = new ArrayList<>(effects);
        more.add(effect);
        return new Step(move, view, message, overlay, more);
    }

    public boolean isHandled() {
        return move != Move.UNHANDLED;
    }
}
