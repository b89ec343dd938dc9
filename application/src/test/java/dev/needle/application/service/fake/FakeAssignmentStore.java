package dev.needle.application.service.fake;

import dev.needle.application.port.out.AssignmentStore;
import dev.needle.domain.Assignment;
import dev.needle.domain.Assignments;
import dev.needle.domain.TeammateId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Assignments in memory, for service tests. */
public final class FakeAssignmentStore implements AssignmentStore, Rollback {
    private record Key(Assignment.Duty duty, long record) {
    }

    private Map<Key, Assignment> rows = new LinkedHashMap<>();

    @Override
    public synchronized Assignments all() {
        return new Assignments(List.copyOf(rows.values()));
    }

    @Override
    public synchronized Optional<TeammateId> find(Assignment.Duty duty, long record) {
        return Optional.ofNullable(rows.get(new Key(duty, record))).map(Assignment::teammate);
    }

    @Override
    public synchronized void assign(Assignment assignment) {
        rows.put(new Key(assignment.duty(), assignment.record()), assignment);
    }

    @Override
    public synchronized void clear(Assignment.Duty duty, long record) {
        rows.remove(new Key(duty, record));
    }

    /** What the change counter fingerprints. */
    synchronized List<Assignment> rows() {
        return List.copyOf(rows.values());
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<Key, Assignment> copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows = new LinkedHashMap<>(copy);
            }
        };
    }
}
