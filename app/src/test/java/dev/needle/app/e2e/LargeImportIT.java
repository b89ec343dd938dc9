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
    /** Twice what a 96 MB heap holds: every card's photo is kept, so no way of reading it fits. */
    private static final long TOO_LARGE_BYTES = 192L * 1024 * 1024;

    @TempDir
    Path home;

    @Test
    void aFiftyMegabyteVCardWithPhotosImportsWithinTheCommandsHeap() throws Exception {
        Path cards = home.resolve("contacts.vcf");
        int written = writePhotoCards(cards, TARGET_BYTES, "Person");
        assertThat(Files.size(cards)).isGreaterThanOrEqualTo(TARGET_BYTES);

        assertImports(cards, written, "-Xmx512m");
    }

    /**
     * The same file with its first name in Cyrillic: as one string its text is UTF-16, twice the file's
     * 50 MB, which with its bytes beside it is more than a 144 MB heap (the whole-file reading ran out of
     * memory here). Read in parts, what is held is the photos kept and one part.
     */
    @Test
    void aFileWhoseTextAsOneStringWouldNotFitTheHeapImports() throws Exception {
        Path cards = home.resolve("contacts.vcf");
        int written = writePhotoCards(cards, TARGET_BYTES, "Анна");
        assertThat(Files.size(cards) * 3).as("bytes and UTF-16 text").isGreaterThan(144L * 1024 * 1024);

        assertImports(cards, written, "-Xmx144m");
    }

    private void assertImports(Path cards, int written, String heap) throws Exception {
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(ServedNeedle.java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                heap, "-jar", Tools.needleJar().toString(), "--data-dir", home.resolve("data").toString(),
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
     * export with the launcher's 512 MB did that, and left a half-made database folder behind. The
     * photos kept are twice the heap, so the file is read well past the database's opening.
     */
    @Test
    void aFileTooLargeForTheHeapIsRefusedInOneLineAndLeavesNothingBehind() throws Exception {
        Path cards = home.resolve("contacts.vcf");
        writePhotoCards(cards, TOO_LARGE_BYTES, "Person");
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

    /**
     * Cards of one person each, every one with a different photo folded at 75 octets as vCard 3.0 wants;
     * the first card's given name is {@code firstName}, the others' "Person".
     */
    private static int writePhotoCards(Path file, long targetBytes, String firstName) throws IOException {
        Random random = new Random(42);
        byte[] photo = new byte[PHOTO_BYTES];
        int cards = 0;
        long size = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (size < targetBytes) {
                cards++;
                random.nextBytes(photo);
                String name = cards == 1 ? firstName : "Person";
                StringBuilder card = new StringBuilder(PHOTO_BYTES * 2)
                        .append("BEGIN:VCARD\r\nVERSION:3.0\r\n")
                        .append("FN:").append(name).append(' ').append(cards).append("\r\n")
                        .append("N:").append(cards).append(';').append(name).append(";;;\r\n")
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
