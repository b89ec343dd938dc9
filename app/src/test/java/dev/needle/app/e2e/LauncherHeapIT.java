package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heap the launcher ({@code ./needle}) gives the full screen: on JDK 25 and later a large address
 * book starts with the small heap that gives back what the read of everyone left (its RSS at 100k
 * contacts, docs/performance.md), a small one with the whole heap its first frame is fastest with.
 * The launcher runs a stand-in java that writes down the flags it was given, so no JVM starts.
 */
class LauncherHeapIT {
    private static final long LARGE = 70L * 1024 * 1024;
    private static final long SMALL = 15L * 1024 * 1024;
    @TempDir
    Path dir;
    private Path launcher;
    private Path home;

    @BeforeEach
    void checkout() throws IOException {
        Path root = dir.resolve("checkout");
        Path target = Files.createDirectories(root.resolve("app/target"));
        launcher = root.resolve("needle");
        Files.copy(Path.of("..", "needle"), launcher);
        launcher.toFile().setExecutable(true);
        Files.writeString(target.resolve("needle.jar"), ""); // present, so the launcher does not build one
        home = Files.createDirectories(dir.resolve("home"));
    }

    @Test
    void aLargeAddressBookGetsTheSmallHeapOnJdk25() throws Exception {
        Path data = dataDir("big", LARGE);

        List<String> flags = flagsFor(javaOf("25.0.3"), Map.of(), "--data-dir", data.toString());

        assertThat(flags).contains("-Xms64m", "-XX:NewRatio=8", "-XX:MaxHeapFreeRatio=10",
                "-Dneedle.giveBackHeap=true", "-Xmx160m", "-XX:TrimNativeHeapInterval=5000");
    }

    @Test
    void aSmallAddressBookKeepsTheWholeHeap() throws Exception {
        Path data = dataDir("small", SMALL);

        List<String> flags = flagsFor(javaOf("25.0.3"), Map.of(), "--data-dir=" + data);

        assertThat(flags).contains("-Xmx160m").doesNotContain("-Xms64m", "-Dneedle.giveBackHeap=true",
                "-XX:TrimNativeHeapInterval=5000");
    }

    @Test
    void theDefaultDataFolderIsLookedAtWhenNoneIsGiven() throws Exception {
        Path xdg = Files.createDirectories(dir.resolve("xdg-data"));
        dataDirAt(xdg.resolve("needle"), LARGE);

        List<String> flags = flagsFor(javaOf("25.0.3"), Map.of("XDG_DATA_HOME", xdg.toString()));

        assertThat(flags).contains("-Xms64m", "-Dneedle.giveBackHeap=true");
    }

    @Test
    void theUserDecidesWithNeedleSmallHeap() throws Exception {
        Path big = dataDir("big", LARGE);
        Path small = dataDir("small", SMALL);

        assertThat(flagsFor(javaOf("25.0.3"), Map.of("NEEDLE_SMALL_HEAP", "0"), "--data-dir", big.toString()))
                .doesNotContain("-Xms64m", "-Dneedle.giveBackHeap=true");
        assertThat(flagsFor(javaOf("25.0.3"), Map.of("NEEDLE_SMALL_HEAP", "1"), "--data-dir", small.toString()))
                .contains("-Xms64m", "-Dneedle.giveBackHeap=true");
    }

    @Test
    void aDatabaseGivenElsewhereKeepsTheWholeHeap() throws Exception {
        Path big = dataDir("big", LARGE);

        List<String> flags = flagsFor(javaOf("25.0.3"), Map.of(), "--data-dir", big.toString(),
                "--db", "jdbc:postgresql://localhost/needle");

        assertThat(flags).doesNotContain("-Xms64m", "-Dneedle.giveBackHeap=true");
    }

    @Test
    void jdk17KeepsItsFlagsWhateverTheSize() throws Exception {
        Path big = dataDir("big", LARGE);

        List<String> flags = flagsFor(javaOf("17.0.15"), Map.of(), "--data-dir", big.toString());

        assertThat(flags).contains("-XX:+UseSerialGC", "-Xmx160m").doesNotContain("-Xms64m", "-XX:NewRatio=8",
                "-Dneedle.giveBackHeap=true", "-XX:TrimNativeHeapInterval=5000");
    }

    @Test
    void commandsKeepTheirHeapWhateverTheSize() throws Exception {
        Path big = dataDir("big", LARGE);

        List<String> flags = flagsFor(javaOf("25.0.3"), Map.of(), "--data-dir", big.toString(), "contacts", "ann");

        assertThat(flags).contains("-Xmx512m").doesNotContain("-Xms64m", "-Dneedle.giveBackHeap=true");
    }

    /**
     * A vCard import reads on two threads and keeps every person it read to the end: it gets two collector
     * threads, which shortened its pauses (docs/performance.md, vcard6). The parallel collector needs more
     * heap for the largest files, so files of more than 64 MB in all, a folder, or a heap the user chose
     * keep the serial one, as do other imports.
     */
    @Test
    void aVCardImportOfUsualSizeGetsTwoCollectorThreads() throws Exception {
        Path data = dataDir("small", SMALL);
        Path cards = Files.writeString(dir.resolve("people.vcf"), "BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nEND:VCARD\n");
        Path more = Files.writeString(dir.resolve("more.vcf"), "BEGIN:VCARD\nVERSION:3.0\nFN:Bo\nEND:VCARD\n");

        for (String version : List.of("25.0.3", "17.0.15")) {
            assertThat(flagsFor(javaOf(version), Map.of(), "--data-dir", data.toString(), "import", "vcard",
                    cards.toString(), more.toString()))
                    .contains("-XX:+UseParallelGC", "-XX:ParallelGCThreads=2", "-Xmx512m")
                    .doesNotContain("-XX:+UseSerialGC");
        }
    }

    @Test
    void largeVCardFilesAFolderOrAChosenHeapKeepTheSerialCollector() throws Exception {
        Path data = dataDir("small", SMALL);
        Path cards = Files.writeString(dir.resolve("people.vcf"), "BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nEND:VCARD\n");
        Path large = dir.resolve("large.vcf");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(64L * 1024 * 1024 + 1);
        }
        Path vdir = Files.createDirectories(dir.resolve("vdir"));
        Path java = javaOf("25.0.3");

        assertThat(flagsFor(java, Map.of(), "--data-dir", data.toString(), "import", "vcard", large.toString()))
                .contains("-XX:+UseSerialGC").doesNotContain("-XX:+UseParallelGC");
        assertThat(flagsFor(java, Map.of(), "--data-dir", data.toString(), "import", "vcard", cards.toString(),
                vdir.toString())).contains("-XX:+UseSerialGC").doesNotContain("-XX:+UseParallelGC");
        assertThat(flagsFor(java, Map.of("NEEDLE_MAX_HEAP", "2g"), "--data-dir", data.toString(), "import", "vcard",
                cards.toString())).contains("-XX:+UseSerialGC", "-Xmx2g").doesNotContain("-XX:+UseParallelGC");
        assertThat(flagsFor(java, Map.of(), "--data-dir", data.toString(), "import", "linkedin", cards.toString()))
                .contains("-XX:+UseSerialGC").doesNotContain("-XX:+UseParallelGC");
    }

    /**
     * A LinkedIn or vCard import hands H2 every text of every row once: H2's cache of recent values only
     * hashes and compares each of them on the main thread, which sets an import's pace (docs/performance.md,
     * imports39). Commands that keep a database open for long do not get the flag.
     */
    @Test
    void linkedInAndVCardImportsRunWithoutH2sCacheOfValues() throws Exception {
        Path data = dataDir("small", SMALL);
        Path cards = Files.writeString(dir.resolve("people.vcf"), "BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nEND:VCARD\n");
        Path rows = Files.writeString(dir.resolve("Connections.csv"), "First Name,Last Name\nAnn,Lee\n");
        Path java = javaOf("25.0.3");

        for (List<String> command : List.of(List.of("import", "vcard", cards.toString()),
                List.of("import", "linkedin", rows.toString()), List.of("export", "yaml", "-o", "backup.yaml"))) {
            List<String> args = new ArrayList<>(List.of("--data-dir", data.toString()));
            args.addAll(command);
            assertThat(flagsFor(java, Map.of(), args.toArray(String[]::new))).as(String.join(" ", command))
                    .contains("-Dh2.objectCache=false");
        }
        assertThat(flagsFor(java, Map.of(), "--data-dir", data.toString())).doesNotContain("-Dh2.objectCache=false");
        assertThat(flagsFor(java, Map.of(), "--data-dir", data.toString(), "serve"))
                .doesNotContain("-Dh2.objectCache=false");
    }

    /** A data folder whose H2 file has {@code size} bytes (sparse: only its size is looked at). */
    private Path dataDir(String name, long size) throws IOException {
        return dataDirAt(dir.resolve(name), size);
    }

    private static Path dataDirAt(Path data, long size) throws IOException {
        Files.createDirectories(data);
        try (RandomAccessFile file = new RandomAccessFile(data.resolve("needle.mv.db").toFile(), "rw")) {
            file.setLength(size);
        }
        return data;
    }

    /** A stand-in JDK of {@code version}: its java writes the flags it was given, one a line, and exits. */
    private Path javaOf(String version) throws IOException {
        Path jdk = Files.createDirectories(dir.resolve("jdk-" + version).resolve("bin"));
        Files.writeString(jdk.resolveSibling("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = jdk.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$FLAGS_FILE\"\n");
        java.toFile().setExecutable(true);
        return java;
    }

    private List<String> flagsFor(Path java, Map<String, String> extra, String... args) throws Exception {
        Path flags = dir.resolve("flags.txt");
        Files.deleteIfExists(flags);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", home.toString());
        env.put("PATH", "/usr/bin:/bin");
        env.put("NEEDLE_JAVA", java.toString());
        env.put("NEEDLE_CDS", "0");
        env.put("FLAGS_FILE", flags.toString());
        env.putAll(extra);
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isZero();
        return Files.readAllLines(flags, StandardCharsets.UTF_8);
    }
}
