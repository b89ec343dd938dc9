package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.EditConflictException;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.Update;

/**
 * The optimistic-locking save every versioned store shares. A record at version 0 is inserted at
 * version 1; any other is updated by one statement that also checks the version it was read at, so
 * two processes can never both win: the loser changes no row and gets an {@link EditConflictException}.
 */
final class VersionedWrite {
    /** SQLSTATE for a unique-key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final String what;
    private final String insertSql;
    private final String updateSql;

    /**
     * @param insertSql an INSERT that stores {@code version} as 1
     * @param updateSql an UPDATE ending {@code version = version + 1 WHERE id = :id AND version = :version}
     */
    VersionedWrite(String what, String insertSql, String updateSql) {
        this.what = what;
        this.insertSql = insertSql;
        this.updateSql = updateSql;
    }

    /** The INSERT, for a store that inserts many new records in one batch. */
    String insertSql() {
        return insertSql;
    }

    /** Inserts or updates the row; {@code fields} binds every column but the version. */
    void save(Handle handle, long id, long version, Consumer<Update> fields) {
        if (version == 0) {
            insert(handle, id, fields);
            return;
        }
        Update update = handle.createUpdate(updateSql).bind("version", version);
        fields.accept(update);
        if (update.execute() == 0) {
            throw new EditConflictException(what, id);
        }
    }

    private void insert(Handle handle, long id, Consumer<Update> fields) {
        Update insert = handle.createUpdate(insertSql);
        fields.accept(insert);
        try {
            insert.execute();
        } catch (StatementException e) {
            // The id is taken: another session stored this new record first.
            if (isUniqueViolation(e)) {
                throw new EditConflictException(what, id);
            }
            throw e;
        }
    }

    static boolean isUniqueViolation(StatementException e) {
        return e.getCause() instanceof SQLException sql && isUniqueViolation(sql);
    }

    /** Also when a batch reports the violation as the next exception in its chain. */
    static boolean isUniqueViolation(SQLException e) {
        for (SQLException link = e; link != null; link = link.getNextException()) {
            if (UNIQUE_VIOLATION.equals(link.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
