package dev.needle.app;

/**
 * An opened database: its stores, how to let go of it (pools, files, the H2 auto-server), and how to
 * put it in place when it was built aside for an import into a new folder.
 */
record OpenDatabase(StorePorts stores, AutoCloseable closer, Placement placement) implements AutoCloseable {
    /** Puts a database built aside where the data folder's database lives; false when one got there first. */
    interface Placement {
        boolean putInPlace();
    }

    /** A database that is where it lives already. */
    OpenDatabase(StorePorts stores, AutoCloseable closer) {
        this(stores, closer, () -> true);
    }

    /**
     * Puts the database in place, all at once, if it was built aside. False when another Needle created
     * the data folder's database meanwhile: nothing of this one is kept.
     */
    boolean putInPlace() {
        return placement.putInPlace();
    }

    @Override
    public void close() throws Exception {
        closer.close();
    }
}
