package dev.needle.adapter.tui.core;

import java.util.List;

/**
 * One screen as an immutable value: it answers a key with a {@link Step} (a new value of itself,
 * or a move to another screen) and describes its body as lines for a given size.
 */
public interface View {
    /** Short name for the title and the help overlay, e.g. "Contacts". */
    String name();

    /** The keys that work on this screen besides the global ones. */
    List<KeyHint> hints();

    /** Handles a key, or returns {@link Step#unhandled()} to let the global key map try. */
    Step handle(Key key, Session session);

    /** The body, at most {@code height} lines; each line is clipped to {@code width} when drawn. */
    List<Line> body(int width, int height);

    /** True while the screen takes typed text (a form, a filter), so letters are not commands. */
    default boolean capturesText() {
        return false;
    }

    /** Called when the user comes back to this screen, so lists show what changed meanwhile. */
    default View refreshed(Session session) {
        return this;
    }
}
