package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar on a 4 MB tmpfs (a new database with 200 people takes about 3.1 MB) that an import fills: every command says in plain words that the disk
 * is full and what became of the data, exits with the machine's code (3), and once there is room
 * again everything acknowledged before is there and the commands work. Mounting needs root (CI runs
 * as root); where the mount is refused the test is skipped, loudly.
 */
class DiskFullIT {
    private static final int MACHINE_FAILED = 3;
    private static final int KEPT = 200;

    @TempDir
    Path home;
    private Path disk;
    private Path data;
    private boolean mounted;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = Files.createDirectory(home.resolve("disk"));
        Run mount = command(List.of("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.toString()));
        if (mount.exit() != 0) {
            String reason = "cannot mount a 4 MB tmpfs here (" + mount.err().strip() + "); the full-disk test needs "
                    + "root or CAP_SYS_ADMIN";
            System.err.println("SKIPPED LOUDLY: " + reason);
            assumeTrue(false, reason);
        }
        mounted = true;
        data = disk.resolve("data");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            command(List.of("umount", "-l", disk.toString()));
        }
    }

    @Test
    void aFullDiskIsToldInPlainWordsWithItsOwnExitCodeAndNothingAcknowledgedIsLost() throws Exception {
        Path few = cards("few.vcf", 0, KEPT);
        Path many = cards("many.vcf", 10_000, 20_000);
        Run first = needle("import", "vcard", few.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("created " + KEPT + ",");
        Path before = home.resolve("before.zip");
        assertThat(needle("backup", "-o", before.toString()).exit()).isZero();

        Run filling = needle("import", "vcard", many.toString());
        assertThat(filling.exit()).as(filling.err()).isEqualTo(MACHINE_FAILED);
        assertThat(filling.err()).isEqualTo("needle: the disk holding " + data + " is full; nothing was imported\n");
        fillUp(disk.resolve("ballast")); // whatever the failed write left free, so each command below meets a full disk

        // A script's read opens the file read-only and writes nothing, so it still answers.
        Run reading = needle("contacts");
        assertThat(reading.exit()).as(reading.err()).isZero();
        assertThat(reading.out().lines()).hasSize(KEPT);
        Run listing = needle("needs");
        assertThat(listing.exit()).as(listing.err()).isEqualTo(MACHINE_FAILED);
        assertThat(listing.err()).isEqualTo("needle: the disk holding " + data + " is full; nothing was changed\n");

        Run backup = needle("backup");
        assertThat(backup.exit()).as(backup.err()).isEqualTo(MACHINE_FAILED);
        assertThat(backup.err()).startsWith("needle: the disk holding " + data)
                .endsWith(" is full; no backup was written\n");

        Run restore = needle("restore", before.toString(), "--force");
        assertThat(restore.exit()).as(restore.err()).isEqualTo(MACHINE_FAILED);
        assertThat(restore.err()).isEqualTo("needle: the disk holding " + data + " is full; nothing was changed\n");

        Run grow = command(List.of("mount", "-o", "remount,size=64m", disk.toString()));
        assertThat(grow.exit()).as(grow.err()).isZero();

        Run after = needle("contacts");
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(after.out().lines()).hasSize(KEPT);
        Run more = needle("import", "vcard", cards("more.vcf", 50_000, 10).toString());
        assertThat(more.exit()).as(more.err()).isZero();
        assertThat(needle("contacts").out().lines()).hasSize(KEPT + 10);
        Run saved = needle("backup");
        assertThat(saved.exit()).as(saved.err()).isZero();
        assertThat(Path.of(saved.out().strip())).exists();
    }

    /** Writes {@code file} until the disk refuses more. */
    private static void fillUp(Path file) {
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            assertThat(full).hasMessageContaining("No space left on device");
        }
    }

    private Run needle(String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of(ServedNeedle.java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx512m", "-jar", Tools.needleJar().toString(), "--data-dir", data.toString()));
        line.addAll(List.of(args));
        return command(line);
    }

    private Run command(List<String> line) throws Exception {
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(line).redirectOutput(out.toFile()).redirectError(err.toFile());
        // The log goes to the real disk: a full tmpfs must not take the test's evidence with it.
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("XDG_DATA_HOME");
        builder.environment().remove("XDG_STATE_HOME");
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("%s finishes", line).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** {@code count} vCards numbered from {@code first}, each a little over 300 bytes. */
    private Path cards(String name, int first, int count) throws IOException {
        Path file = home.resolve(name);
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = first; i < first + count; i++) {
                writer.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " + i + "\r\nN:" + i + ";Person;;;\r\n"
                        + "EMAIL:person" + i + "@example.org\r\nORG:Company " + (i % 97) + "\r\n"
                        + "NOTE:" + "met at the spring meetup; ".repeat(6) + "\r\nEND:VCARD\r\n");
            }
        }
        return file;
    }

    private record Run(int exit, String out, String err) {
    }
}
