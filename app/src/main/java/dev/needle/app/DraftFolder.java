package dev.needle.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Where a database's drafts are kept: {@code $XDG_STATE_HOME/needle/drafts/KEY}, KEY a digest of the
 * database's URL or data folder, so drafts typed over one database never reopen over another, and a
 * URL's parameters (a password among them) never appear in a folder name.
 */
final class DraftFolder {
    private DraftFolder() {
    }

    static Path of(Path stateDir, String database) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(database.getBytes(StandardCharsets.UTF_8));
            return stateDir.resolve("drafts").resolve(HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java", impossible);
        }
    }

    /** The database a run opened, as one string: its URL when one is chosen, else its data folder. */
    static String database(NeedleCommand command, Map<String, String> env) {
        return ChosenDatabase.databaseUrl(command, env)
                .orElseGet(() -> ChosenDatabase.dataDir(command, env).toAbsolutePath().normalize().toString());
    }
}
