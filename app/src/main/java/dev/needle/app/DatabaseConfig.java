package dev.needle.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code database:} section of the configuration file: {@code url}, {@code user}, {@code password}.
 * A password there is used only if the file is private to its owner (as {@code ~/.pgpass} is treated),
 * and no error about the file ever quotes its content.
 */
record DatabaseConfig(Optional<String> url, Optional<String> user, Optional<String> password) {
    static final DatabaseConfig NONE = new DatabaseConfig(Optional.empty(), Optional.empty(), Optional.empty());

    /** How the file's permissions are read; a seam for the case where they cannot be. */
    @FunctionalInterface
    interface Permissions {
        Set<PosixFilePermission> of(Path file) throws IOException;
    }

    static DatabaseConfig read(Path file) {
        return read(file, Files::getPosixFilePermissions);
    }

    static DatabaseConfig read(Path file, Permissions permissions) {
        JsonNode database = ConfigSections.section(file, "database").orElse(null);
        if (database == null || !database.isObject()) {
            return NONE;
        }
        DatabaseConfig config = new DatabaseConfig(text(database, "url"), text(database, "user"), text(database, "password"));
        if (config.password().isPresent()) {
            refuseUnlessPrivate(file, permissions);
        }
        return config;
    }

    private static Optional<String> text(JsonNode section, String field) {
        JsonNode value = section.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    /** A password is used only from a file known to be private: permissions that cannot be read count as open. */
    private static void refuseUnlessPrivate(Path file, Permissions permissions) {
        Set<PosixFilePermission> granted;
        try {
            granted = permissions.of(file);
        } catch (UnsupportedOperationException | IOException e) {
            throw new NeedleFailure(NeedleCommand.USAGE, file + " holds a database password but who may read it "
                    + "cannot be checked; give the password in NEEDLE_DB_PASSWORD instead");
        }
        if (granted.contains(PosixFilePermission.GROUP_READ) || granted.contains(PosixFilePermission.OTHERS_READ)) {
            throw new NeedleFailure(NeedleCommand.USAGE, file + " holds a database password but other users can read it; "
                    + "make it private (chmod 600) or give the password in NEEDLE_DB_PASSWORD");
        }
    }

    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url.map(u -> "<set>").orElse("none") + ", user=" + user.orElse("none")
                + ", password=" + password.map(p -> "***").orElse("none") + "]";
    }
}
