package dev.needle.app.serve;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether the authorized keys file can be trusted, checked the way OpenSSH's {@code StrictModes} does:
 * whoever can change the file, or any folder on its way (up to the home folder, or up to {@code /} for a
 * file outside it), can add their own key and log in. So the file and each of those folders must belong
 * to the user or root and must not be writable by the group or others.
 */
public final class StrictModes {
    private static final int ROOT = 0;
    private static final int GROUP_OR_OTHERS_WRITE = 0022;

    private StrictModes() {
    }

    /** What makes {@code keys} unsafe, in one line naming the file or folder and its mode; empty when it is safe. */
    public static Optional<String> problem(Path keys, Path home) {
        if (!keys.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return Optional.empty(); // no owners and modes to check (not a Unix file system)
        }
        return problem(keys, home, new UnixSystem().getUid());
    }

    /** As {@link #problem(Path, Path)}, for the user with the number {@code uid}. */
    static Optional<String> problem(Path keys, Path home, long uid) {
        Path file;
        try {
            file = keys.toRealPath();
        } catch (IOException e) {
            return Optional.of("cannot read " + keys + ": " + e.getMessage());
        }
        Path stop = realOrAsIs(home);
        Optional<String> problem = check(file, "the authorized keys file", uid);
        for (Path dir = file.getParent(); problem.isEmpty() && dir != null; dir = dir.getParent()) {
            problem = check(dir, "the folder", uid);
            if (dir.equals(stop)) {
                break;
            }
        }
        return problem;
    }

    private static Optional<String> check(Path path, String what, long uid) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            int owner = (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            String shown = what + " " + path + " (mode " + String.format("%04o", mode & 07777) + ")";
            if (owner != uid && owner != ROOT) {
                return Optional.of(shown + " belongs to " + ownerName(path, owner)
                        + ", who could add their own key; it must belong to you or root");
            }
            if ((mode & GROUP_OR_OTHERS_WRITE) != 0) {
                return Optional.of(shown + " can be changed by other users, who could add their own key; "
                        + "run `chmod go-w " + path + "`");
            }
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of("cannot read the owner and mode of " + path + ": " + e.getMessage());
        }
    }

    private static String ownerName(Path path, int uid) {
        try {
            return "user " + Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName();
        } catch (IOException e) {
            return "user number " + uid;
        }
    }

    private static Path realOrAsIs(Path home) {
        try {
            return home.toRealPath();
        } catch (IOException e) {
            return home.toAbsolutePath().normalize();
        }
    }
}
