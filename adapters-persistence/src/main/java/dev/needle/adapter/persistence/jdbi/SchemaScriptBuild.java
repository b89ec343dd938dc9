package dev.needle.adapter.persistence.jdbi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A step of the build, not of Needle: writes {@link SchemaSnapshot}'s script into the jar from a
 * database the migrations build in a temporary folder, so the script always matches them.
 */
public final class SchemaScriptBuild {
    private SchemaScriptBuild() {
    }

    /** Writes the script to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]).toAbsolutePath();
        Path folder = Files.createTempDirectory("needle-schema");
        try {
            JdbcConnectionPool pool = PooledDataSources.forLogin(Login.of(H2Urls.withoutAutoServer(
                    H2Urls.fileUrl(folder)), "needle", "the build's own"));
            try {
                new FlywayMigrationRunner().migrate(pool);
                Files.createDirectories(target.resolveSibling("."));
                Files.writeString(target, SchemaSnapshot.of(pool), StandardCharsets.UTF_8);
            } finally {
                pool.dispose();
            }
        } finally {
            try (var files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
