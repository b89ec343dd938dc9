package dev.needle.adapter.interchange.vdir;

import dev.needle.application.port.out.VdirFolder;
import dev.needle.application.port.out.VdirFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Opens vdir folders on the local disk. */
public final class VdirFileFolders implements VdirFolders {
    @Override
    public VdirFolder open(String path, boolean create) {
        Path folder;
        try {
            folder = Path.of(path).toAbsolutePath().normalize();
        } catch (InvalidPathException bad) {
            throw new IllegalArgumentException(path + ": not a usable folder name");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is a file; a vdir is a folder of .vcf files");
        }
        if (!create) {
            return new VdirFileFolder(folder);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException failed) {
            throw new IllegalArgumentException("cannot create the folder " + folder + " (" + VdirFileFolder.reason(failed) + ")");
        }
        return new VdirFileFolder(folder);
    }
}
