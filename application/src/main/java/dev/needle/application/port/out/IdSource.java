package dev.needle.application.port.out;

/** Hands out ids that are unique across every kind of record and every session on the database. */
public interface IdSource {
    /** A positive id never handed out before. */
    long next();

    /**
     * {@code count} ids never handed out before, as {@link #next} would give them one by one. Adapters
     * whose every draw is a round trip answer in one; an import of thousands takes its ids this way.
     */
    default long[] nextBlock(int count) {
        long[] block = new long[count];
        for (int i = 0; i < count; i++) {
            block[i] = next();
        }
        return block;
    }

    /**
     * Makes sure no id up to {@code id} is handed out from now on, so records restored with their own
     * ids never collide with new ones. Adapters with a settable sequence may do this in one step.
     */
    default void skipPast(long id) {
        long drawn = 0;
        while (drawn < id) {
            drawn = next();
        }
    }
}
