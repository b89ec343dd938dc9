package dev.needle.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder kept private: created 0700 (or made so, if an older version left it open), with files 0600.
 * The data folder is one, so H2's lock file and database are out of other users' reach; it also holds
 * the embedded database's password, made once at random, because H2's auto-server listens on a local
 * port and the empty default would let any local user in. The log's folder is another: the log names
 * users, client addresses and key fingerprints.
 */
record PrivateFolder(Path dir) {
    /** Made on first use: seeding one costs a start that only sets up the log's folder a noticeable while. */
    private static final class Random {
        static final SecureRandom SOURCE = new SecureRandom();
    }

    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    static PrivateFolder create(Path dir) {
        try {
            Files.createDirectories(dir);
            if (posix(dir)) {
                Files.setPosixFilePermissions(dir, OWNER_ONLY_DIR);
            }
            return new PrivateFolder(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the private folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The secret stored under {@code name}, made on first use (32 random bytes, base64). */
    String secret(String name) {
        Path file = dir.resolve(name);
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                Random.SOURCE.nextBytes(bytes);
                try {
                    Files.createFile(file, posix(dir) ? new java.nio.file.attribute.FileAttribute<?>[] {
                        PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)} : new java.nio.file.attribute.FileAttribute<?>[0]);
                    Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException raced) {
                    // A second session created it at the same moment; read theirs below.
                }
            }
            String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (secret.isEmpty()) {
                throw new IllegalStateException(file + " is empty; it holds the database password and cannot be recreated "
                        + "without losing access to the database");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a small owner-only file in the folder, replacing one of that name. */
    void writeFile(String name, String content) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
            if (posix(dir)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Creates the file {@code name} empty and owner-only, or makes an existing one owner-only; its content stays. */
    void ownerOnlyFile(String name) {
        Path file = dir.resolve(name);
        try {
            if (!posix(dir)) {
                if (!Files.exists(file)) {
                    Files.createFile(file);
                }
                return;
            }
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            } catch (FileAlreadyExistsException existing) {
                Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + file + " private: " + e.getMessage(), e);
        }
    }

    /** Makes every file in the folder owner-only (H2 creates its files with the process umask). */
    void tightenFiles() {
        if (!posix(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the files in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
