package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.AssignmentStore;
import dev.needle.domain.Assignment;
import dev.needle.domain.Assignments;
import dev.needle.domain.TeammateId;
import java.util.Optional;

/** Assignments held in memory beside the other tables, rolled back with them. */
final class InMemoryAssignmentStore implements AssignmentStore {
    private final InMemoryDatabase db;

    InMemoryAssignmentStore(InMemoryDatabase db) {
        this.db = db;
    }

    /** The table's key: the duty and the record, in one comparable string. */
    static String key(Assignment.Duty duty, long record) {
        return duty.name() + ":" + record;
    }

    @Override
    public Assignments all() {
        return db.locked(() -> new Assignments(db.assignments.all()));
    }

    @Override
    public Optional<TeammateId> find(Assignment.Duty duty, long record) {
        return db.locked(() -> db.assignments.find(key(duty, record)).map(Assignment::teammate));
    }

    @Override
    public void assign(Assignment assignment) {
        db.locked(() -> {
            db.assignments.put(assignment);
            return null;
        });
    }

    @Override
    public void clear(Assignment.Duty duty, long record) {
        db.locked(() -> db.assignments.remove(key(duty, record)));
    }
}
