package dev.needle.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a whole input file, refusing a missing file, a folder or a file too large with one clear sentence. */
final class InputFiles {
    /** A problem with the file itself; nothing was read. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private InputFiles() {
    }

    static byte[] read(Path file, long maxBytes) throws Refused {
        check(file, maxBytes);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Refused("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Refuses what {@link #read} would refuse, without reading: for a file read as it is parsed. */
    static void check(Path file, long maxBytes) throws Refused {
        if (!Files.exists(file)) {
            throw new Refused(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new Refused(file + " is a folder; give a file");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new Refused(file + " is " + size / (1024 * 1024) + " MB, more than the "
                        + maxBytes / (1024 * 1024) + " MB Needle reads");
            }
            if (!Files.isReadable(file)) {
                throw new Refused("cannot read " + file + ": permission denied");
            }
        } catch (IOException e) {
            throw new Refused("cannot read " + file + ": " + e.getMessage());
        }
    }
}
