package dev.needle.app;

import dev.needle.adapter.persistence.jdbi.H2OpenAhead;
import dev.needle.adapter.persistence.jdbi.H2Urls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A full-screen start, or one of the commands scripts call most, opens the data folder's database on
 * a second thread while the first sets up logging, builds the command line and reads the
 * configuration; the real open then finds it open. Only where that changes nothing and asks nothing:
 * the folder's own database as {@link FullScreenStart} or {@link ReadingCommandStart} reads the
 * arguments, an H2 file that already exists, not encrypted, with its password file, and no other
 * database named in config.yaml. Anything else, or any failure, leaves the start as it was: the real
 * open does all and tells what went wrong.
 */
final class DatabaseAhead {
    private DatabaseAhead() {
    }

    /** Starts opening, when the start {@code args} ask for (read as {@code fullScreen}, if it is one) opens its folder's own database. */
    static void start(String[] args, Optional<FullScreenStart> fullScreen, Map<String, String> env) {
        Optional<Path> ownDataDir = fullScreen.isPresent() ? fullScreen.get().ownDataDir(env)
                : ReadingCommandStart.ownDataDir(args, env);
        ownDataDir.ifPresent(dir -> {
            Path folder = dir.toAbsolutePath().normalize();
            if (fullScreen.isEmpty() && ReadingCommandStart.onlyReads(args)) {
                H2OpenAhead.startToRead(folder, EmbeddedDatabase.USER, () -> password(folder, env));
            } else {
                H2OpenAhead.start(folder, EmbeddedDatabase.USER, () -> password(folder, env));
            }
        });
    }

    /** Waits for an open under way and lets go of it; once the real open is done (or failed), or at exit. */
    static void letGo() {
        H2OpenAhead.letGo();
    }

    /** Whether the database is held open ahead now; for tests. */
    static boolean isOpen() {
        return H2OpenAhead.isOpen();
    }

    /** The database password when the folder's own plain database may be opened ahead; empty otherwise. */
    private static Optional<String> password(Path dir, Map<String, String> env) {
        Path password = dir.resolve(EmbeddedDatabase.PASSWORD_FILE);
        if (!Files.isRegularFile(H2Urls.databaseFile(dir)) || Files.exists(dir.resolve(EmbeddedDatabase.ENCRYPTED_MARKER))
                || !Files.isRegularFile(password) || namesOtherDatabase(env)) {
            return Optional.empty();
        }
        try {
            String secret = Files.readString(password, StandardCharsets.US_ASCII).strip();
            return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** True when config.yaml names a database of its own ({@code database.url}), or cannot be read to tell. */
    static boolean namesOtherDatabase(Map<String, String> env) {
        Path config = Places.fromEnvironment(env).configFile();
        if (!Files.exists(config)) {
            return false;
        }
        try {
            return DatabaseConfig.read(config).url().isPresent();
        } catch (RuntimeException unreadable) {
            return true;
        }
    }
}
