package dev.needle.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authorized keys file is trusted only as OpenSSH's StrictModes would: nobody but its user and root
 * may be able to change it or a folder on its way.
 */
class StrictModesTest {
    @TempDir
    Path tmp;
    private Path home;
    private Path ssh;
    private Path keys;

    @BeforeEach
    void privateKeysFile() throws IOException {
        home = Files.createDirectory(tmp.resolve("home"));
        ssh = Files.createDirectory(home.resolve(".ssh"));
        keys = Files.writeString(ssh.resolve("authorized_keys"), "ssh-ed25519 AAAA friend\n");
        mode(home, "rwxr-xr-x");
        mode(ssh, "rwx------");
        mode(keys, "rw-------");
    }

    @Test
    void aFileOnlyItsOwnerCanChangeIsTrustedWhateverTheFoldersAboveHome() throws IOException {
        mode(tmp, "rwxrwxrwx"); // above the home folder: not the user's business, as for OpenSSH

        assertThat(StrictModes.problem(keys, home)).isEmpty();
    }

    @Test
    void aFileOthersCanWriteIsRefusedNamingItAndItsMode() throws IOException {
        mode(keys, "rw-rw-rw-");

        assertThat(StrictModes.problem(keys, home)).hasValueSatisfying(problem -> assertThat(problem)
                .contains(real(keys)).contains("0666").contains("chmod go-w").doesNotContain("\n"));
    }

    @Test
    void aFileItsGroupCanWriteIsRefused() throws IOException {
        mode(keys, "rw-rw----");

        assertThat(StrictModes.problem(keys, home)).hasValueSatisfying(problem -> assertThat(problem).contains("0660"));
    }

    @Test
    void aWritableSshFolderOrHomeIsRefused() throws IOException {
        mode(ssh, "rwxrwxrwx");
        assertThat(StrictModes.problem(keys, home)).hasValueSatisfying(problem -> assertThat(problem)
                .contains("folder " + real(ssh) + " (mode 0777)"));

        mode(ssh, "rwx------");
        mode(home, "rwxrwxr-x");
        assertThat(StrictModes.problem(keys, home)).hasValueSatisfying(problem -> assertThat(problem)
                .contains("folder " + real(home) + " (mode 0775)"));
    }

    @Test
    void aFileOutsideHomeIsCheckedUpToTheRoot() throws IOException {
        Path shared = Files.createDirectories(tmp.resolve("shared/needle"));
        Path elsewhere = Files.writeString(shared.resolve("keys"), "ssh-ed25519 AAAA friend\n");
        mode(elsewhere, "rw-------");
        mode(shared, "rwx------");
        mode(shared.getParent(), "rwxrwxrwx");

        assertThat(StrictModes.problem(elsewhere, home)).hasValueSatisfying(problem -> assertThat(problem)
                .contains("folder " + real(shared.getParent()) + " (mode 0777)"));
    }

    @Test
    void aFileOfAnotherUserIsRefused() throws IOException {
        int owner = (Integer) Files.getAttribute(keys, "unix:uid");
        long me = owner + 1L;
        if (owner == 0) {
            // Running as root, the files are root's, which is always trusted: give the file away instead.
            Files.setAttribute(keys, "unix:uid", 65534);
            me = 0;
        }

        assertThat(StrictModes.problem(keys, home, me)).hasValueSatisfying(problem -> assertThat(problem)
                .contains(real(keys)).contains("belongs to user").contains("must belong to you or root"));
    }

    @Test
    void aSymbolicLinkIsJudgedByTheFileItLeadsTo() throws IOException {
        Path open = Files.createDirectory(tmp.resolve("open"));
        mode(open, "rwxrwxrwx");
        Path real = Files.writeString(open.resolve("keys"), "ssh-ed25519 AAAA friend\n");
        mode(real, "rw-------");
        Path link = Files.createSymbolicLink(ssh.resolve("linked_keys"), real);

        assertThat(StrictModes.problem(link, home)).hasValueSatisfying(problem -> assertThat(problem)
                .contains("folder " + real(open) + " (mode 0777)"));
    }

    private static String real(Path path) {
        try {
            return path.toRealPath().toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void mode(Path path, String permissions) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }
}
