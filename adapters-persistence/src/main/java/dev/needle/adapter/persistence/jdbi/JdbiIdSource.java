package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.IdSource;
import java.sql.ResultSet;

/**
 * Ids from the database sequence: two processes on one database never receive the same id, and a
 * crash skips ids rather than repeating them. {@code nextval('…')} is understood by H2 and PostgreSQL.
 */
final class JdbiIdSource implements IdSource {
    private final HandleScope scope;
    private final boolean h2;

    JdbiIdSource(HandleScope scope, boolean h2) {
        this.scope = scope;
        this.h2 = h2;
    }

    @Override
    public long next() {
        return scope.read(handle -> handle.createQuery("SELECT nextval('needle_ids')").mapTo(Long.class).one());
    }

    /**
     * One statement draws the whole block: the sequence is read once per row of a generated range
     * (H2 calls it SYSTEM_RANGE, PostgreSQL generate_series), so ids stay unique across sessions. On
     * H2, {@code NEXT VALUE FOR} names the sequence once for the statement, where {@code nextval('…')}
     * looked its name up again for every row.
     */
    @Override
    public long[] nextBlock(int count) {
        if (count <= 0) {
            return new long[0];
        }
        if (h2 && scope.inSteps()) {
            return movedPast(count);
        }
        String sql = h2 ? "SELECT NEXT VALUE FOR needle_ids FROM SYSTEM_RANGE(1, :count)"
                : "SELECT nextval('needle_ids') FROM generate_series(1, :count)";
        return scope.read(handle -> {
            long[] block = new long[count];
            int[] filled = {0};
            handle.createQuery(sql).bind("count", count).scanResultSet((results, context) -> {
                ResultSet rows = results.get();
                while (rows.next()) {
                    block[filled[0]++] = rows.getLong(1);
                }
                return null;
            });
            if (filled[0] != count) {
                throw new IllegalStateException("Asked the sequence for " + count + " ids, got " + filled[0] + ".");
            }
            return block;
        });
    }

    /**
     * A block drawn on a database built aside, in the large unit filling it: nobody else draws ids there,
     * so the sequence is read once and moved past the block, instead of being read for every id (H2
     * writes a sequence's state out every few values: a tenth of a second of a 100 000-contact import).
     * The sequence ends where drawing the ids one by one would have left it; moving it commits what the
     * unit wrote so far, as its steps do.
     */
    private long[] movedPast(int count) {
        return scope.read(handle -> {
            long first = handle.createQuery("SELECT NEXT VALUE FOR needle_ids").mapTo(Long.class).one();
            if (count > 1) {
                handle.execute("ALTER SEQUENCE needle_ids RESTART WITH " + Math.addExact(first, count));
            }
            long[] block = new long[count];
            for (int i = 0; i < count; i++) {
                block[i] = first + i;
            }
            return block;
        });
    }

    /**
     * One statement rather than drawing ids one by one (a restore of ids up to 200 000 spent seconds
     * on that). Only ever moves the sequence forward from what it handed out just now; a restore runs
     * on an empty database, so no other session is expected to draw ids meanwhile. The value is a
     * long, so writing it into the statement is safe; both H2 and PostgreSQL refuse a bind
     * parameter in ALTER SEQUENCE.
     */
    @Override
    public void skipPast(long id) {
        if (next() <= id) {
            scope.read(handle -> handle.execute("ALTER SEQUENCE needle_ids RESTART WITH " + Math.addExact(id, 1)));
        }
    }
}
