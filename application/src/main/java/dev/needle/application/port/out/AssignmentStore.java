package dev.needle.application.port.out;

import dev.needle.domain.Assignment;
import dev.needle.domain.Assignments;
import dev.needle.domain.TeammateId;
import java.util.Collection;
import java.util.Optional;

/**
 * Who owns a contact, does its follow-up or goes to a meeting, beside the records rather than in them.
 * One teammate per duty and record; setting one replaces any before (the last writer wins, as with the
 * keep-in-touch settings). A record with none falls back as {@link dev.needle.domain.Whose} says.
 */
public interface AssignmentStore {
    /** Every assignment, for the lists and Today to tell whose is what without a read per row. */
    Assignments all();

    Optional<TeammateId> find(Assignment.Duty duty, long record);

    /** Gives the record to the assignment's teammate in place of whoever had it. */
    void assign(Assignment assignment);

    /** The same for many at once (an import by a partner owns thousands of new contacts). */
    default void assignAll(Collection<Assignment> assignments) {
        assignments.forEach(this::assign);
    }

    /** Takes the assignment away, so the record falls back to its default again. */
    void clear(Assignment.Duty duty, long record);
}
