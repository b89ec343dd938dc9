package dev.needle.adapter.persistence.jdbi;

import java.nio.file.Path;

/** Builds the JDBC URL of Needle's embedded H2 database. */
public final class H2Urls {
    private H2Urls() {
    }

    /**
     * {@code jdbc:h2:file:<dir>/needle} with {@code WRITE_DELAY=0}, so an acknowledged save survives a
     * kill (the default delay lost commits), and {@code AUTO_SERVER=TRUE}, so a second Needle process on
     * the same file connects through the first instead of failing. The auto-server listens on every
     * interface unless the JVM runs with {@code -Dh2.bindAddress=127.0.0.1}: the application sets it.
     */
    public static String fileUrl(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (dir.toString().contains(";")) {
            // A semicolon would start a new URL setting; refuse rather than open some other database.
            throw new IllegalArgumentException("The data folder path must not contain ';': " + dir);
        }
        return "jdbc:h2:file:" + dir.resolve("needle") + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
    }
}
