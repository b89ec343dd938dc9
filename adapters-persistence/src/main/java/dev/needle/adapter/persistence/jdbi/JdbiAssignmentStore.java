package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.AssignmentStore;
import dev.needle.domain.Assignment;
import dev.needle.domain.Assignments;
import dev.needle.domain.TeammateId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Assignments in SQL (V19): replaced by delete and insert, which reads the same on H2 and PostgreSQL. */
final class JdbiAssignmentStore implements AssignmentStore {
    private final HandleScope scope;

    JdbiAssignmentStore(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public Assignments all() {
        return scope.read(handle -> new Assignments(handle.createQuery("SELECT duty, record_id, teammate_id FROM assignments")
                .map((rs, ctx) -> assignment(rs)).list()));
    }

    @Override
    public Optional<TeammateId> find(Assignment.Duty duty, long record) {
        return scope.read(handle -> handle.createQuery(
                        "SELECT teammate_id FROM assignments WHERE duty = :duty AND record_id = :record")
                .bind("duty", duty.name()).bind("record", record)
                .map((rs, ctx) -> new TeammateId(rs.getLong("teammate_id"))).findOne());
    }

    @Override
    public void assign(Assignment assignment) {
        assignAll(List.of(assignment));
    }

    @Override
    public void assignAll(Collection<Assignment> assignments) {
        if (assignments.isEmpty()) {
            return;
        }
        scope.write(handle -> {
            PreparedBatch remove = handle.prepareBatch("DELETE FROM assignments WHERE duty = :duty AND record_id = :record");
            PreparedBatch insert = handle.prepareBatch(
                    "INSERT INTO assignments (duty, record_id, teammate_id) VALUES (:duty, :record, :teammate)");
            // The last of two for one record wins, as two calls of assign would have it.
            Map<String, Assignment> last = new LinkedHashMap<>();
            assignments.forEach(a -> last.put(a.duty() + ":" + a.record(), a));
            for (Assignment a : last.values()) {
                remove.bind("duty", a.duty().name()).bind("record", a.record()).add();
                insert.bind("duty", a.duty().name()).bind("record", a.record()).bind("teammate", a.teammate().value()).add();
            }
            Batches.run(remove);
            Batches.run(insert);
            return null;
        });
    }

    @Override
    public void clear(Assignment.Duty duty, long record) {
        scope.write(handle -> remove(handle, duty, record));
    }

    private static int remove(Handle handle, Assignment.Duty duty, long record) {
        return handle.createUpdate("DELETE FROM assignments WHERE duty = :duty AND record_id = :record")
                .bind("duty", duty.name()).bind("record", record).execute();
    }

    private static Assignment assignment(ResultSet rs) throws SQLException {
        return new Assignment(Columns.enumValue(rs, "duty", Assignment.Duty.class), rs.getLong("record_id"),
                new TeammateId(rs.getLong("teammate_id")));
    }
}
