package dev.needle.application.port.out;

/** Opens a vdir folder by the path the user gave. */
public interface VdirFolders {
    /**
     * The folder at {@code path}, created when missing and {@code create} is set (vdirsyncer creates it
     * too on discover); a dry run reads a missing folder as an empty one and leaves the disk alone.
     *
     * @throws IllegalArgumentException when the path cannot be a vdir (a file, say); the message says why
     */
    VdirFolder open(String path, boolean create);
}
