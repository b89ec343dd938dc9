package dev.needle.adapter.tui.core;

import dev.needle.domain.Draft;
import java.util.List;
import java.util.Optional;

/**
 * One screen as an immutable value: it answers a key with a {@link Step} (a new value of itself,
 * or a move to another screen) and describes its body as lines for a given size.
 */
public interface View {
    /** Short name for the title and the help overlay, e.g. "Contacts". */
    String name();

    /** What the path of screens opened calls this one: its name, or whose page it is where it shows one record. */
    default String crumb() {
        return name();
    }

    /**
     * This screen's key map in its present state: the one list the hint bar, the help and the
     * dispatch read. Keys it leaves out fall to the global key map.
     */
    List<Binding> bindings();

    /** The keys for the hint bar, besides the global ones. */
    default List<KeyHint> hints() {
        return Binding.bar(bindings());
    }

    /** Handles a key, or returns {@link Step#unhandled()} to let the global key map try. */
    default Step handle(Key key, Session session) {
        return Binding.dispatch(bindings(), key, session);
    }

    /** The body, at most {@code height} lines; each line is clipped to {@code width} when drawn. */
    List<Line> body(int width, int height);

    /** True while the screen takes typed text (a form, a filter), so letters are not commands. */
    default boolean capturesText() {
        return false;
    }

    /**
     * What the user typed here and has neither saved nor cancelled, as a draft the session keeps if it
     * ends now (a hang-up, a closed window); empty for a screen that holds no typing of the user's.
     */
    default Optional<Draft> unsaved() {
        return Optional.empty();
    }

    /** Called when the user comes back to this screen, so lists show what changed meanwhile. */
    default View refreshed(Session session) {
        return this;
    }
}
