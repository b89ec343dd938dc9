package dev.needle.adapter.tui.core;

import dev.needle.application.port.in.RecordChange;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import dev.needle.domain.Whose;
import java.util.Optional;
import java.util.function.Function;

/** A screen whose selected record has a duty that can be given to a teammate with {@code >}. */
public interface Assignable {
    /** What {@code >} would give now; empty when nothing that can be given is selected. */
    Optional<Giving> giving();

    /**
     * A duty that can be given: what it is in words ("the follow-up with Ann Lee"), who has it now, and
     * how to give it, answering the change for the undo log.
     */
    record Giving(String what, Function<Whose, Teammate> holder, Give give) {
    }

    @FunctionalInterface
    interface Give {
        RecordChange to(TeammateId teammate, Session session);
    }
}
