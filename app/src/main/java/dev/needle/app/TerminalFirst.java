package dev.needle.app;

import dev.needle.adapter.persistence.jdbi.H2Urls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a full-screen start may set its terminal up before its database is open, so the wait for the
 * open does the terminal's work: only when opening asks nothing on the terminal, that is, the data
 * folder's own H2 file exists and is not encrypted (an encrypted one asks for its passphrase). Who is
 * here, asked after the open when a team exists, gets the terminal back first.
 */
final class TerminalFirst {
    private TerminalFirst() {
    }

    static boolean applies(FullScreenStart start, Map<String, String> env) {
        Optional<Path> dir = start.ownDataDir(env);
        if (dir.isEmpty()) {
            return false;
        }
        Path folder = dir.get().toAbsolutePath().normalize();
        return Files.isRegularFile(H2Urls.databaseFile(folder))
                && !Files.exists(folder.resolve(EmbeddedDatabase.ENCRYPTED_MARKER));
    }
}
