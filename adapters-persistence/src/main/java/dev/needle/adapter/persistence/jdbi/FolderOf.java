package dev.needle.adapter.persistence.jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The folder a database or backup file lives in: what the files built beside it go into. */
final class FolderOf {
    private FolderOf() {
    }

    /** {@code file}'s folder; a path with none (the file system's root) is refused in plain words. */
    static Path file(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            throw new UncheckedIOException(new IOException(file + " is not a file in a folder"));
        }
        return folder;
    }
}
