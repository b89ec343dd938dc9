package dev.needle.application.port.out;

/** Opens a vdir folder by the path the user gave. */
public interface VdirFolders {
    /**
     * The folder at {@code path}, created when missing (vdirsyncer creates it too on discover).
     *
     * @throws IllegalArgumentException when the path cannot be a vdir (a file, say); the message says why
     */
    VdirFolder open(String path);
}
