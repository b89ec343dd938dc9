package dev.needle.application.team;

import dev.needle.application.EditConflictException;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.RecordMarks;
import dev.needle.application.port.out.TeamStore;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import dev.needle.domain.WhoDidWhat;
import java.util.function.Supplier;

/**
 * Turns a refused save into one that names who changed the record and when: "Maria Lopez's role was
 * changed by Alice at 10:42". The other session's change committed with its mark, so the mark read now
 * is theirs.
 */
final class ConflictNamer {
    private final RecordMarks marks;
    private final TeamStore team;
    private final ActingPerson acting;
    private final ClockPort clock;

    ConflictNamer(RecordMarks marks, TeamStore team, ActingPerson acting, ClockPort clock) {
        this.marks = marks;
        this.team = team;
        this.acting = acting;
        this.clock = clock;
    }

    /**
     * Runs {@code work}, naming the person behind any conflict it meets over record {@code id} of
     * {@code kind}; {@code name} is the record as the user knows it.
     */
    <T> T naming(RecordKind kind, long id, String name, Supplier<T> work) {
        try {
            return work.get();
        } catch (EditConflictException conflict) {
            throw named(conflict, kind, id, name);
        }
    }

    EditConflictException named(EditConflictException conflict, RecordKind kind, long id, String name) {
        if (conflict.changedBy().isPresent()) {
            return conflict;
        }
        try {
            RecordMark mark = marks.of(kind, id);
            String changedBy = new WhoDidWhat(team.team(), clock.today()).lastChange(mark, acting.person());
            return conflict.naming(name, changedBy);
        } catch (RuntimeException unreadable) {
            // A unit of work the database already refused cannot read any more: the plain refusal still stands.
            conflict.addSuppressed(unreadable);
            return conflict;
        }
    }
}
