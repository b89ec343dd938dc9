package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB address book through the real jar with the heap the launcher gives commands (512 MB). Files
 * that big are phone or Google exports with a photo on every card, so that is what is generated here
 * (at test time: the file is never committed).
 */
class LargeImportIT {
    private static final int PHOTO_BYTES = 94_000; // about 125 KB of base64 per card, as a phone's contact photo
    private static final long TARGET_BYTES = 50L * 1024 * 1024;

    @TempDir
    Path home;

    @Test
    void aFiftyMegabyteVCardWithPhotosImportsWithinTheCommandsHeap() throws Exception {
        Path cards = home.resolve("contacts.vcf");
        int written = writePhotoCards(cards);
        assertThat(Files.size(cards)).isGreaterThanOrEqualTo(TARGET_BYTES);

        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(ServedNeedle.java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx512m", "-jar", Tools.needleJar().toString(), "--data-dir", home.resolve("data").toString(),
                "import", "vcard", cards.toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("HOME", home.toString());
        Process process = builder.start();

        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the import finishes").isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(stderr).isZero();
        assertThat(stderr).isEmpty();
        List<String> report = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(report).first().isEqualTo("created " + written + ", merged 0, skipped 0");
    }

    /**
     * An address book too large for the heap: one line saying so and how to give Needle more, never
     * Java's "OutOfMemoryError" with its stack trace, and nothing left in the folder. Before, a 112 MB
     * export with the launcher's 512 MB did that, and left a half-made database folder behind.
     */
    @Test
    void aFileTooLargeForTheHeapIsRefusedInOneLineAndLeavesNothingBehind() throws Exception {
        Path cards = home.resolve("contacts.vcf");
        writePhotoCards(cards);
        Path data = home.resolve("data");

        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(ServedNeedle.java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx96m", "-jar", Tools.needleJar().toString(), "--data-dir", data.toString(), "import", "vcard",
                cards.toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("HOME", home.toString());
        Process process = builder.start();

        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the import ends").isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(stderr).isEqualTo(3);
        // One line and nothing else: no stack trace, and no blank line before it.
        assertThat(stderr).isEqualTo("needle: " + cards + " needs more memory than Needle may use;"
                + " run the import again with NEEDLE_MAX_HEAP=2g before it; nothing was imported\n");
        assertThat(Files.readString(out)).isEmpty();
        if (Files.exists(data)) {
            // The folder's own password may have been made while the file was read; no database, built or aside.
            try (var left = Files.list(data)) {
                assertThat(left.map(p -> p.getFileName().toString())).containsOnly("db-password");
            }
        }
    }

    /** Cards of one person each, every one with a different photo folded at 75 octets as vCard 3.0 wants. */
    private static int writePhotoCards(Path file) throws IOException {
        Random random = new Random(42);
        byte[] photo = new byte[PHOTO_BYTES];
        int cards = 0;
        long size = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            while (size < TARGET_BYTES) {
                cards++;
                random.nextBytes(photo);
                StringBuilder card = new StringBuilder(PHOTO_BYTES * 2)
                        .append("BEGIN:VCARD\r\nVERSION:3.0\r\n")
                        .append("FN:Person ").append(cards).append("\r\n")
                        .append("N:").append(cards).append(";Person;;;\r\n")
                        .append("EMAIL;TYPE=INTERNET:person").append(cards).append("@example.org\r\n")
                        .append("ORG:Photo Heavy Ltd\r\n");
                fold(card, "PHOTO;ENCODING=b;TYPE=JPEG:" + Base64.getEncoder().encodeToString(photo));
                card.append("END:VCARD\r\n");
                writer.append(card);
                size += card.length();
            }
        }
        return cards;
    }

    private static void fold(StringBuilder card, String line) {
        card.append(line, 0, Math.min(75, line.length())).append("\r\n");
        for (int from = 75; from < line.length(); from += 74) {
            card.append(' ').append(line, from, Math.min(line.length(), from + 74)).append("\r\n");
        }
    }
}
