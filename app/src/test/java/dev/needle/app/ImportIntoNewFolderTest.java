package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.interchange.vcard.VCardFileReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import into a data folder without a database builds it aside and puts it in place at the end: what
 * it stores is what the same import stores in a folder that had one, a failure leaves the folder without
 * a database, and a database another Needle created meanwhile loses nothing.
 */
class ImportIntoNewFolderTest {
    /** More than one of the store's batches of 1 000, so the import commits in steps. */
    private static final int CARDS = 1_500;

    @TempDir
    Path dir;

    private static Path cards(Path file, String prefix, int count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= count; i++) {
                out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:" + prefix.toLowerCase() + "-" + i + "\r\nFN:" + prefix + " Person "
                        + i + "\r\nEMAIL:" + prefix.toLowerCase() + i + "@example.org\r\nORG:Company " + (i % 37)
                        + "\r\nEND:VCARD\r\n");
            }
            // Merged with the first card: a change of a contact the import created.
            out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + prefix + " Person 1\r\nEMAIL:" + prefix.toLowerCase()
                    + "1@example.org\r\nTEL:+44 20 7946 0000\r\nEND:VCARD\r\n");
        }
        return file;
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The export without the times the marks carry, which differ from run to run. */
    private static String exported(CliRun needle) {
        assertThat(needle.onDisk("export", "yaml")).isZero();
        return needle.out.replaceAll("(?m)^(\\s*\\S*-at: ).*$", "$1TIME");
    }

    @Test
    void anImportIntoANewFolderStoresWhatItStoresInAFolderThatHadADatabase() throws Exception {
        Path file = cards(dir.resolve("people.vcf"), "Ann", CARDS);
        CliRun fresh = new CliRun(dir.resolve("fresh"));
        CliRun existing = new CliRun(dir.resolve("existing"));
        assertThat(existing.onDisk("init")).isZero();

        assertThat(fresh.onDisk("import", "vcard", file.toString())).isZero();
        assertThat(existing.onDisk("import", "vcard", file.toString())).isZero();

        assertThat(fresh.out).startsWith("created " + CARDS + ", merged 1, skipped 0").isEqualTo(existing.out);
        assertThat(entries(dir.resolve("fresh").resolve("data"))).containsExactly("db-password", "needle.mv.db");
        assertThat(exported(fresh)).contains("Ann Person 1500").isEqualTo(exported(existing));
    }

    /**
     * A later card that merges into a contact made earlier in the same import (by email or by UID), in
     * any of the store's batches of a thousand, leaves it listed once, with what that card added, and
     * found by it. It guards any store that writes contacts before the last card is read.
     */
    @Test
    void aContactStoredBeforeALaterCardMergesIntoItIsListedOnceWithWhatThatCardAdded() throws Exception {
        int count = 2_500;
        // Among the first thousand, the second, and the last ones.
        List<Integer> mergedInto = List.of(1, 1000, 1001, 2000, 2400);
        Path file = dir.resolve("people.vcf");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= count; i++) {
                out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ann-" + i + "\r\nFN:Ann Person " + i + "\r\nEMAIL:ann" + i
                        + "@example.org\r\nORG:Company " + (i % 37) + "\r\nEND:VCARD\r\n");
            }
            for (int i : mergedInto) {
                out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Person " + i + "\r\nEMAIL:ann" + i + "@example.org\r\nTEL:+44 20 7946 "
                        + String.format("%04d", i) + "\r\nNOTE:climbing partner\r\nEND:VCARD\r\n");
            }
            // A second merge into the first contact, by its UID alone.
            out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ann-1\r\nFN:Ann Person 1\r\nURL:https://ann.example.org\r\nEND:VCARD\r\n");
        }
        CliRun needle = new CliRun(dir);

        assertThat(needle.onDisk("import", "vcard", file.toString())).isZero();
        assertThat(needle.out).startsWith("created " + count + ", merged " + (mergedInto.size() + 1) + ", skipped 0");

        assertThat(needle.onDisk("contacts")).isZero();
        assertThat(needle.out.lines()).hasSize(count);
        assertThat(needle.onDisk("contacts", "climbing")).isZero();
        assertThat(needle.out.lines().map(line -> line.split("\t")[1]))
                .containsExactlyInAnyOrderElementsOf(mergedInto.stream().map(i -> "Ann Person " + i).toList());
        assertThat(needle.onDisk("contacts", "climbing", "--json")).isZero();
        for (int i : mergedInto) {
            assertThat(needle.out).containsOnlyOnce("\"name\":\"Ann Person " + i + "\"")
                    .contains("\"phones\":[\"+44 20 7946 " + String.format("%04d", i) + "\"]");
        }
        assertThat(needle.out).containsOnlyOnce("\"urls\":[\"https://ann.example.org\"]");
    }

    @Test
    void anImportIntoANewFolderThatFailsLeavesNoDatabase() throws Exception {
        Path good = cards(dir.resolve("good.vcf"), "Ann", CARDS);
        Path bad = Files.writeString(dir.resolve("bad.vcf"), "BEGIN:VCARD\nVERSION:3.0\nFN:Eve\nNOTE:wrapped\nwithout a space\nEND:VCARD\n");
        CliRun needle = new CliRun(dir);

        assertThat(needle.onDisk("import", "vcard", good.toString(), bad.toString())).isEqualTo(1);

        assertThat(needle.err).contains("bad.vcf: line 5").contains("nothing was imported");
        assertThat(entries(dir.resolve("data"))).containsExactly("db-password");
    }

    /**
     * Another Needle creates the folder's database (here by an import of its own) while this import fills
     * one aside: that database is kept as it is and this import goes into it, matched against what it holds.
     */
    @Test
    void aDatabaseAnotherNeedleCreatesMeanwhileKeepsItsDataAndGetsTheImportToo() throws Exception {
        Path mine = cards(dir.resolve("mine.vcf"), "Ann", CARDS);
        Path theirs = cards(dir.resolve("theirs.vcf"), "Bo", 3);
        Path data = dir.resolve("data");
        CliRun other = new CliRun(dir);
        AtomicInteger read = new AtomicInteger();
        ImportRun.Reader meanwhile = (file, each) -> new VCardFileReader().read(file, person -> {
            each.accept(person);
            if (read.incrementAndGet() == 300) {
                awaitFolderAside(data);
                assertThat(other.onDisk("import", "vcard", theirs.toString())).isZero();
            }
        });
        NeedleCommand root = new NeedleCommand(() -> false, Map.of("HOME", dir.toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString(), "XDG_STATE_HOME", dir.resolve("state").toString()));
        root.setDataDir(data);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit;
        try {
            exit = ImportRun.run(root, List.of(mine), meanwhile, false, new PrintWriter(out, true), new PrintWriter(err, true));
        } finally {
            root.close();
        }

        assertThat(exit).isZero();
        assertThat(err.toString()).contains("another Needle created the database in the data folder while this import ran;"
                + " importing into that one");
        assertThat(out.toString()).startsWith("created " + CARDS + ", merged 1, skipped 0");
        assertThat(entries(data)).containsExactly("db-password", "needle.mv.db");
        assertThat(other.onDisk("contacts", "Bo Person")).isZero();
        assertThat(other.out).contains("Bo Person 1", "Bo Person 2", "Bo Person 3");
        assertThat(exported(other)).contains("Ann Person 1500").contains("Bo Person 3");
    }

    private static void awaitFolderAside(Path data) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(data)) {
                if (files.anyMatch(p -> p.getFileName().toString().startsWith("import-"))) {
                    return;
                }
            } catch (IOException notYet) {
                // the folder is made by the open
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the import did not start building its database aside");
    }
}
