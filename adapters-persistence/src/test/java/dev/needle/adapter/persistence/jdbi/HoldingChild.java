package dev.needle.adapter.persistence.jdbi;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Child process of {@link MigrationTest}: an older Needle session that keeps the database in its
 * folder open, at whatever schema it has, until its stdin closes.
 */
final class HoldingChild {
    private HoldingChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection held = DriverManager.getConnection(H2Urls.fileUrl(Path.of(args[0])), args[1], args[2])) {
            System.out.println("ready");
            InputStream in = System.in;
            while (in.read() >= 0) {
                // Holds the connection until the test closes this process's stdin.
            }
        }
    }
}
