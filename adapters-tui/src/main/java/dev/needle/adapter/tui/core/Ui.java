package dev.needle.adapter.tui.core;

import java.util.List;
import java.util.Optional;

/**
 * The whole state of the UI between two keys: the screens opened (the last one is shown), the
 * title (the active direction), the message line, an overlay, pending terminal effects, the
 * terminal size, and a first-run setup put aside with Esc so nothing typed is lost.
 */
public record Ui(List<View> stack, String title, String message, Optional<Overlay> overlay, List<Effect> effects,
                 int columns, int rows, Optional<View> parkedSetup, boolean quit) {
    public Ui {
        stack = List.copyOf(stack);
        if (stack.isEmpty()) {
            throw new IllegalArgumentException("The UI always shows a screen.");
        }
        message = message == null ? "" : message;
        overlay = overlay == null ? Optional.empty() : overlay;
        effects = List.copyOf(effects);
        parkedSetup = parkedSetup == null ? Optional.empty() : parkedSetup;
    }

    public View current() {
        return stack.get(stack.size() - 1);
    }

    public boolean atTop() {
        return stack.size() == 1;
    }

    public Ui resized(int newColumns, int newRows) {
        return new Ui(stack, title, message, overlay, effects, newColumns, newRows, parkedSetup, quit);
    }

    public Ui withoutEffects() {
        return new Ui(stack, title, message, overlay, List.of(), columns, rows, parkedSetup, quit);
    }
}
