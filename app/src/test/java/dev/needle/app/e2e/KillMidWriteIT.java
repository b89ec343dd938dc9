package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of an import's or a restore's write, through the real jar: afterwards the
 * database opens and holds exactly what it held before, or exactly what a whole run leaves, never a
 * part. Kills come at seeded random moments after the write phase begins: the progress line's
 * "storing" or "committing" for the contact imports (so a terminal is given with script(1); the line
 * is drawn only on one), the database file changing for a backup imported as YAML, the loading folder
 * appearing for a restore. bench/kill-imports runs many more of these as a measurement.
 */
class KillMidWriteIT {
    private static final int BEFORE = 500;
    private static final int INCOMING = 10_000;
    private static final Pattern CONTACTS = Pattern.compile("opens; (\\d+) contact");
    private static final long SEED = Long.getLong("needle.killSeed", System.nanoTime());

    @TempDir
    static Path files;

    private static Path earlyCards;
    private static Path incomingCards;
    private static Path earlyCsv;
    private static Path incomingCsv;
    private static Path backupYaml;
    private static Path backupZip;

    @TempDir
    Path work;

    private final Random random = new Random(SEED);

    @BeforeAll
    static void writeFiles() throws Exception {
        Tools.require("script", "/usr/bin/script", "/bin/script");
        earlyCards = writeCards(files.resolve("early.vcf"), "Early", BEFORE);
        incomingCards = writeCards(files.resolve("incoming.vcf"), "Incoming", INCOMING);
        earlyCsv = writeConnections(files.resolve("early.csv"), "Early", BEFORE);
        incomingCsv = writeConnections(files.resolve("incoming.csv"), "Incoming", INCOMING);
        // The backup of a database holding the incoming people, as YAML and as a restorable zip.
        Path source = files.resolve("source");
        run(source, "import", "vcard", incomingCards.toString());
        backupYaml = files.resolve("backup.yaml");
        run(source, "export", "yaml", "-o", backupYaml.toString());
        backupZip = files.resolve("backup.zip");
        run(source, "backup", "-o", backupZip.toString());
    }

    @Test
    void aVCardImportKilledWhileStoringOrCommittingKeepsAllOrNothing() throws Exception {
        killImports("vcard", earlyCards, incomingCards, 6);
    }

    @Test
    void aLinkedInImportKilledWhileStoringOrCommittingKeepsAllOrNothing() throws Exception {
        killImports("linkedin", earlyCsv, incomingCsv, 4);
    }

    /** Imports {@code early}, then kills imports of {@code incoming}: odd kills while storing, even ones while committing. */
    private void killImports(String format, Path early, Path incoming, int kills) throws Exception {
        for (int kill = 1; kill <= kills; kill++) {
            Path home = work.resolve(format + "-" + kill);
            run(home, "import", format, early.toString());
            String phase = kill % 2 == 1 ? "storing" : "committing";
            killAndCheck(home, BEFORE, BEFORE + INCOMING, format + " kill " + kill + " after " + phase,
                    List.of("import", format, incoming.toString()), progressSays(home, phase), 400);
        }
    }

    /**
     * Into a data folder without a database the import fills one aside and links it into place at its end:
     * a kill leaves no database or the whole import, and the next start removes what was left aside.
     */
    @Test
    void anImportIntoANewFolderKilledWhileStoringOrCommittingLeavesNoDatabaseOrTheWholeImport() throws Exception {
        for (int kill = 1; kill <= 4; kill++) {
            String format = kill <= 2 ? "vcard" : "linkedin";
            Path incoming = kill <= 2 ? incomingCards : incomingCsv;
            Path home = work.resolve("new-" + kill);
            String phase = kill % 2 == 1 ? "storing" : "committing";
            killAndCheck(home, 0, INCOMING, format + " into a new folder, kill " + kill + " after " + phase,
                    List.of("import", format, incoming.toString()), progressSays(home, phase), 400);
            // The next start that opens the database to write (a dry run stores nothing).
            run(home, "import", format, "--dry-run", incoming.toString());
            try (var entries = Files.list(data(home))) {
                assertThat(entries.map(p -> p.getFileName().toString()))
                        .as("what the killed import left aside is gone after the next start")
                        .noneMatch(name -> name.startsWith("import-") || name.startsWith("new-database-"));
            }
        }
    }

    @Test
    void aBackupImportedAsYamlKilledWhileWritingKeepsAllOrNothing() throws Exception {
        for (int kill = 1; kill <= 3; kill++) {
            Path home = work.resolve("yaml-" + kill);
            Path database = data(home).resolve("needle.mv.db");
            killAndCheck(home, 0, INCOMING, "yaml kill " + kill, List.of("import", "yaml", backupYaml.toString()),
                    () -> Files.exists(database), 1500);
        }
    }

    @Test
    void aRestoreKilledWhileLoadingKeepsTheOldDatabaseOrTheNewOne() throws Exception {
        for (int kill = 1; kill <= 3; kill++) {
            Path home = work.resolve("restore-" + kill);
            run(home, "import", "vcard", earlyCards.toString());
            killAndCheck(home, BEFORE, INCOMING, "restore kill " + kill,
                    List.of("restore", backupZip.toString(), "--force"), () -> loadingFolderExists(home), 1500);
        }
    }

    /**
     * Runs {@code args} in {@code home} on a terminal, waits for {@code writing}, kills the JVM a random
     * delay of up to {@code maxDelayMillis} later, and checks what the database holds.
     */
    private void killAndCheck(Path home, int before, int after, String what, List<String> args, BooleanSupplier writing,
                              int maxDelayMillis) throws Exception {
        Files.createDirectories(home);
        assertThat(contacts(home)).as(what + ": the database before").isEqualTo(before);
        Path log = home.resolve("terminal.log");
        Process terminal = new ProcessBuilder("script", "-qfec", shellLine(home, args), "/dev/null")
                .redirectOutput(log.toFile()).redirectErrorStream(true).start();
        try {
            ProcessHandle jvm = await(() -> jvmUnder(terminal), what + ": the JVM starts");
            await(() -> writing.getAsBoolean() || !terminal.isAlive() ? Optional.of(true) : Optional.empty(),
                    what + ": the write begins");
            Thread.sleep(random.nextInt(maxDelayMillis + 1));
            jvm.destroyForcibly();
            jvm.onExit().get(30, TimeUnit.SECONDS);
        } finally {
            terminal.destroyForcibly();
            terminal.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(contacts(home))
                .as("%s (seed %d): the database holds what it held before or what a whole run leaves", what, SEED)
                .isIn(before, after);
    }

    private static BooleanSupplier progressSays(Path home, String word) {
        Path log = home.resolve("terminal.log");
        return () -> {
            try {
                return Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(word);
            } catch (IOException e) {
                return false;
            }
        };
    }

    private static boolean loadingFolderExists(Path home) {
        try (var entries = Files.list(data(home))) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("restore-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<ProcessHandle> jvmUnder(Process terminal) {
        return terminal.descendants().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst();
    }

    private static <T> T await(java.util.function.Supplier<Optional<T>> probe, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(2);
        }
        throw new AssertionError(what + " did not happen within two minutes");
    }

    private static Path data(Path home) {
        return home.resolve("data");
    }

    private static String shellLine(Path home, List<String> args) throws IOException {
        List<String> words = new ArrayList<>(command(home, args));
        StringBuilder line = new StringBuilder("exec env HOME=").append(quote(home.toString()));
        for (String word : words) {
            line.append(' ').append(quote(word));
        }
        return line.append(" >/dev/null").toString();
    }

    private static List<String> command(Path home, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ServedNeedle.java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx512m", "-jar", Tools.needleJar().toString(), "--data-dir", data(home).toString()));
        command.addAll(args);
        return command;
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Runs a command to its end and returns its standard output; fails on a non-zero exit. */
    private static String run(Path home, String... args) throws Exception {
        Files.createDirectories(home);
        ProcessBuilder builder = new ProcessBuilder(command(home, List.of(args))).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        Process process = builder.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", args) + ": " + output).isZero();
        return output;
    }

    /** The contacts the database holds; 0 when there is no database yet; fails when it does not open. */
    private static int contacts(Path home) throws Exception {
        if (!Files.exists(data(home).resolve("needle.mv.db"))) {
            return 0;
        }
        String doctor = run(home, "doctor");
        Matcher count = CONTACTS.matcher(doctor);
        assertThat(count.find()).as("the database opens: " + doctor).isTrue();
        return Integer.parseInt(count.group(1));
    }

    private static Path writeCards(Path file, String prefix, int count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= count; i++) {
                out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + prefix + " Person " + i + "\r\nN:Person " + i + ";" + prefix
                        + ";;;\r\nEMAIL:" + prefix.toLowerCase() + i + "@example.org\r\nORG:Company " + (i % 97)
                        + "\r\nTITLE:Engineer\r\nNOTE:Met at the spring meetup; asked about hiring.\r\nEND:VCARD\r\n");
            }
        }
        return file;
    }

    private static Path writeConnections(Path file, String prefix, int count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Notes:\n\"Some email addresses may be missing.\"\n\n");
            out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
            for (int i = 1; i <= count; i++) {
                out.write(prefix + ",Person " + i + ",https://www.linkedin.com/in/" + prefix.toLowerCase() + "-" + i + ",,Company "
                        + (i % 97) + ",Engineer,05 Oct 2020\n");
            }
        }
        return file;
    }
}
