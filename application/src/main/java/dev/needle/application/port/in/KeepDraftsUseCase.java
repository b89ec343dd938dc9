package dev.needle.application.port.in;

import dev.needle.domain.Draft;
import java.util.List;

/**
 * The acting person's drafts: what they typed in a form or the notes editor when a session ended
 * before they saved or cancelled it. There is no way here to reach another person's drafts.
 */
public interface KeepDraftsUseCase {
    /** Keeps {@code draft} (stamped with the time now), replacing the one of the same id. */
    void keep(Draft draft);

    /** My drafts, newest first. */
    List<Draft> kept();

    /** Throws my draft of that id away: it was saved, cancelled, or discarded on purpose. */
    void discard(String id);

    /** Keeps nothing and has nothing: a UI wired without drafts (a screen test that does not need them). */
    KeepDraftsUseCase NONE = new KeepDraftsUseCase() {
        @Override
        public void keep(Draft draft) {
        }

        @Override
        public List<Draft> kept() {
            return List.of();
        }

        @Override
        public void discard(String id) {
        }
    };
}
