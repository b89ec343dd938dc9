package dev.needle.app;

/** An opened database: its stores, and how to let go of it (pools, files, the H2 auto-server). */
record OpenDatabase(StorePorts stores, AutoCloseable closer) implements AutoCloseable {
    @Override
    public void close() throws Exception {
        closer.close();
    }
}
