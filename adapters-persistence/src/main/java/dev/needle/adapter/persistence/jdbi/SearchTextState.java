package dev.needle.adapter.persistence.jdbi;

import java.sql.Connection;
import org.jdbi.v3.core.Handle;

/**
 * How far the kept search texts (V25) can be trusted: whole and current for every contact change up
 * to {@code revision}, folded by fold version {@code fold} (0 while none is kept), while the contacts
 * themselves are at {@code now}. A revision of -1 trusts none.
 */
record SearchTextState(long revision, int fold, long now) {
    static SearchTextState read(Handle handle) {
        return read(handle.getConnection());
    }

    /** Read plainly ({@link PlainStatements}): every script's search asks first. */
    static SearchTextState read(Connection connection) {
        return PlainStatements.one(connection, "SELECT s.revision, s.fold, r.revision AS now FROM contact_search_state s, "
                + "contact_revision r WHERE s.id = 1 AND r.id = 1",
                row -> new SearchTextState(row.getLong("revision"), row.getInt("fold"), row.getLong("now")));
    }

    /** Whether texts kept under this state may be used by a fold of version {@code fold}. */
    boolean keptBy(int fold) {
        return revision >= 0 && (this.fold == fold || this.fold == 0);
    }

    /**
     * Moves the state from this one to {@code revision} and {@code fold}, unless another session moved
     * it meanwhile; the caller has made the texts current up to there.
     */
    boolean advance(Handle handle, long revision, int fold) {
        return handle.createUpdate("UPDATE contact_search_state SET revision = :to, fold = :fold "
                        + "WHERE id = 1 AND revision = :was AND fold = :wasFold")
                .bind("to", revision).bind("fold", fold).bind("was", this.revision).bind("wasFold", this.fold)
                .execute() > 0;
    }

    /**
     * After a transaction of this session's took {@code revision} and kept the texts of every contact it
     * changed: the texts stay whole if they were whole just before it. One statement, run after the
     * revision was taken, so under that counter's row lock: no other change commits in between.
     */
    static void followed(Handle handle, long revision, int fold) {
        handle.createUpdate("UPDATE contact_search_state SET revision = :to, fold = :fold "
                        + "WHERE id = 1 AND revision = :was AND (fold = :fold OR fold = 0)")
                .bind("to", revision).bind("fold", fold).bind("was", revision - 1)
                .execute();
    }
}
