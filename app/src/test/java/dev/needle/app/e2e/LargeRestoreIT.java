package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup with photos restored through the real jar under a heap smaller than the file's text:
 * {@code needle import yaml} of bench's 100k backup (110 MB, a photo on one card in twelve) ran out of
 * the launcher's 512 MB while decoding the file. Generated at test time, never committed.
 */
class LargeRestoreIT {
    private static final int PHOTO_BYTES = 6_000; // 8 KB of base64, the largest bench draws
    private static final long TARGET_BYTES = 40L * 1024 * 1024;
    private static final String HEAP = "-Xmx112m";

    @TempDir
    Path home;

    /**
     * Its text as one string is UTF-16 (one name is Cyrillic): 80 MB, with the file's 40 MB of bytes
     * beside it, more than the 112 MB heap. Read as it is parsed, what is held is the backup itself.
     */
    @Test
    void aBackupWhoseTextWouldNotFitTheHeapIsRestoredWhole() throws Exception {
        Path backup = home.resolve("backup.yaml");
        int written = writeBackup(backup, TARGET_BYTES);
        Path data = home.resolve("data");

        Result restore = needle("--data-dir", data.toString(), "import", "yaml", backup.toString());

        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.err()).isEmpty();
        assertThat(restore.out()).isEqualTo("Restored 0 directions, 0 needs, " + written
                + " contacts, 0 events, 0 interactions, 0 meeting requests\n");
        Result found = needle("--data-dir", data.toString(), "contacts", "Анна");
        assertThat(found.out()).as(found.err()).contains("Анна Первая");
    }

    /**
     * A backup larger than the heap can hold: one line saying so and how to give Needle more, never Java's
     * OutOfMemoryError with its stack trace, and nothing restored: the same file then restores whole.
     */
    @Test
    void aBackupTooLargeForTheHeapIsRefusedInOneLineAndRestoresLaterWhole() throws Exception {
        Path backup = home.resolve("backup.yaml");
        int written = writeBackup(backup, TARGET_BYTES);
        Path data = home.resolve("data");

        Result tooSmall = needleWith("-Xmx48m", "--data-dir", data.toString(), "import", "yaml", backup.toString());

        assertThat(tooSmall.exit()).as(tooSmall.err()).isEqualTo(3);
        assertThat(tooSmall.err()).isEqualTo("needle import yaml: " + backup + " needs more memory than Needle may use;"
                + " run the import again with NEEDLE_MAX_HEAP=2g before it; nothing imported\n");
        assertThat(tooSmall.out()).isEmpty();
        Result restore = needle("--data-dir", data.toString(), "import", "yaml", backup.toString());
        assertThat(restore.out()).as(restore.err()).contains(written + " contacts");
    }

    private Result needle(String... args) throws Exception {
        return needleWith(HEAP, args);
    }

    private Result needleWith(String heap, String... args) throws Exception {
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        List<String> command = new ArrayList<>(List.of(ServedNeedle.java(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", heap, "-jar", Tools.needleJar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("HOME", home.toString());
        Process process = builder.start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("needle finishes").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int exit, String out, String err) {
    }

    /** Contacts with a different photo each, as a backup keeps them: one foreign field of base64. */
    private static int writeBackup(Path file, long targetBytes) throws IOException {
        Random random = new Random(38);
        byte[] photo = new byte[PHOTO_BYTES];
        int contacts = 0;
        long size = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("needle: backup\nformat: 1\ncontacts:\n");
            while (size < targetBytes) {
                contacts++;
                random.nextBytes(photo);
                String name = contacts == 1 ? "Анна Первая" : "Person " + contacts;
                String contact = "  - id: " + contacts + "\n    version: 1\n    name: " + name + "\n    stage: met\n"
                        + "    foreign-fields:\n      - PHOTO;ENCODING=b;TYPE=JPEG:"
                        + Base64.getEncoder().encodeToString(photo) + "\n";
                writer.write(contact);
                size += contact.length();
            }
        }
        return contacts;
    }
}
