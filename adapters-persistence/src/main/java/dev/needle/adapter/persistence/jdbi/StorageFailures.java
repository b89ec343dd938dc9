package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.StorageFailedException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;

/**
 * Tells a failure of the machine under the database from every other failure and says it in the
 * user's words, as a {@link StorageFailedException}: a full disk, files Needle may not write, an H2
 * database that closed itself after a failed write, a PostgreSQL server that cannot be reached.
 * Anything else (a constraint, a bug) goes on as it was. The driver's own text never reaches the
 * user; for H2 it stays the cause, for the log (a PostgreSQL message may quote the server address).
 */
final class StorageFailures {
    /** What the operating system says for ENOSPC and EDQUOT (and Windows for its full disk). */
    private static final List<String> DISK_FULL = List.of("No space left on device", "Disk quota exceeded",
            "There is not enough space on the disk");
    /**
     * A write that failed for want of space may leave less than this free; below it a database that
     * closed itself with no reason given is taken to have run out of disk.
     */
    private static final long NEARLY_FULL_BYTES = 1 << 20;
    private static final Set<Integer> H2_BROKEN = Set.of(ErrorCode.DATABASE_IS_CLOSED, ErrorCode.IO_EXCEPTION_1,
            ErrorCode.IO_EXCEPTION_2, ErrorCode.ERROR_OPENING_DATABASE_1, ErrorCode.FILE_CREATION_FAILED_1,
            ErrorCode.FILE_RENAME_FAILED_2, ErrorCode.FILE_DELETE_FAILED_1, ErrorCode.DATABASE_IS_READ_ONLY,
            ErrorCode.CONNECTION_BROKEN_1, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN);

    private final boolean h2;
    /** The folder holding the H2 file; empty for an in-memory or remote database. */
    private final Optional<Path> folder;

    private StorageFailures(boolean h2, Optional<Path> folder) {
        this.h2 = h2;
        this.folder = folder;
    }

    static StorageFailures of(Login login) {
        return new StorageFailures(login.isH2(), localFolder(login.url()));
    }

    /** For work on H2 files in {@code folder} outside an opened database (a restore). */
    static StorageFailures inFolder(Path folder) {
        return new StorageFailures(true, Optional.of(folder.toAbsolutePath().normalize()));
    }

    private static Optional<Path> localFolder(String url) {
        if (!url.startsWith("jdbc:h2:") || url.matches("^jdbc:h2:(mem|tcp|ssl|zip):.*")) {
            return Optional.empty();
        }
        Path parent = H2Urls.databaseFileOf(url).toAbsolutePath().normalize().getParent();
        return Optional.ofNullable(parent);
    }

    /** The failure told in the user's words when the machine caused it; otherwise {@code failure} itself. */
    RuntimeException translate(RuntimeException failure) {
        return failure instanceof StorageFailedException ? failure
                : tell(failure, folder, true).<RuntimeException>map(told -> told).orElse(failure);
    }

    /**
     * As {@link #translate(RuntimeException)} for a failure writing into {@code written} (a backup's
     * folder): a full disk there is that folder's disk, not necessarily the database's.
     */
    RuntimeException translate(RuntimeException failure, Path written) {
        return failure instanceof StorageFailedException ? failure
                : tell(failure, Optional.of(written.toAbsolutePath().normalize()), false)
                        .<RuntimeException>map(told -> told).orElseGet(() -> translate(failure));
    }

    /**
     * While opening, only a full disk or a folder Needle may not write to is told this way; a database
     * that will not open for another reason keeps the driver's (scrubbed) account of why.
     */
    Optional<StorageFailedException> tellAtOpen(Throwable failure) {
        return tell(failure, folder, false);
    }

    private Optional<StorageFailedException> tell(Throwable failure, Optional<Path> where, boolean broken) {
        Optional<String> problem = describe(chain(failure), where, broken);
        if (problem.isEmpty()) {
            return Optional.empty();
        }
        StorageFailedException told = h2 ? new StorageFailedException(problem.get(), failure)
                : new StorageFailedException(problem.get());
        if (!h2) {
            told.setStackTrace(failure.getStackTrace());
        }
        return Optional.of(told);
    }

    private Optional<String> describe(List<Throwable> chain, Optional<Path> where, boolean broken) {
        String place = where.map(Path::toString).orElse(null);
        if (chain.stream().anyMatch(StorageFailures::saysDiskFull) || brokenOnANearlyFullDisk(chain, where)) {
            return Optional.of(place != null ? "the disk holding " + place + " is full"
                    : h2 ? "the disk holding the database is full" : "the database server's disk is full");
        }
        if (chain.stream().anyMatch(t -> saysAny(t, "Read-only file system"))) {
            return Optional.of("the disk holding " + (place != null ? place : "the database") + " is read-only");
        }
        if (chain.stream().anyMatch(t -> t instanceof AccessDeniedException || saysAny(t, "Permission denied"))) {
            return Optional.of("Needle may not write to " + (place != null ? place : "the database's folder")
                    + ": check its owner and permissions");
        }
        if (broken && chain.stream().anyMatch(this::isBroken)) {
            return Optional.of(h2 ? "the database" + (place != null ? " in " + place : "")
                    + " could not be read or written (details in the log)" : "the database server cannot be reached");
        }
        return Optional.empty();
    }

    private static boolean saysDiskFull(Throwable t) {
        if (t instanceof SQLException sql && "53100".equals(sql.getSQLState())) {
            return true; // PostgreSQL's disk_full
        }
        return DISK_FULL.stream().anyMatch(text -> saysAny(t, text));
    }

    private boolean brokenOnANearlyFullDisk(List<Throwable> chain, Optional<Path> where) {
        if (!h2 || where.isEmpty() || chain.stream().noneMatch(this::isBroken)) {
            return false;
        }
        try {
            return Files.getFileStore(where.get()).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException | RuntimeException unknown) {
            return false;
        }
    }

    private boolean isBroken(Throwable t) {
        if (t instanceof MVStoreException) {
            return true;
        }
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        if (h2) {
            return H2_BROKEN.contains(sql.getErrorCode());
        }
        String state = sql.getSQLState();
        // Connection exceptions (08…), an operator or crash shutdown, a server short of resources.
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53"));
    }

    private static boolean saysAny(Throwable t, String text) {
        return t.getMessage() != null && t.getMessage().contains(text);
    }

    /** The failure, its causes and what was suppressed beside them (a failed rollback), each once. */
    private static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>(List.of(failure));
        while (!todo.isEmpty() && seen.size() < 200) {
            Throwable t = todo.pop();
            if (seen.add(t)) {
                if (t.getCause() != null) {
                    todo.push(t.getCause());
                }
                for (Throwable suppressed : t.getSuppressed()) {
                    todo.push(suppressed);
                }
            }
        }
        return List.copyOf(seen);
    }
}
