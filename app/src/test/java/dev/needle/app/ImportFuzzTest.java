package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.needle.adapter.interchange.FuzzFormat;
import dev.needle.adapter.interchange.Mutations;
import dev.needle.application.port.in.Backup;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Damaged and hostile files through the real import commands on an in-memory database: each ends in
 * a report or in the importer's own one-line refusal (exit 1) that names no Java class, and a refusal
 * leaves the database exactly as it was. The mutations are those of the readers' fuzz test in
 * adapters-interchange, which runs a thousand per format; an import through the command costs more,
 * so this runs 150 per format: three fifths from the fixed seed, the rest from a fresh random one,
 * printed with any failure. Reproduce with {@code -Dneedle.fuzz.seed=N}; run more with
 * {@code -Dneedle.fuzz.app.inputs=N}. The inputs that failed are kept under target/fuzz-failures.
 */
class ImportFuzzTest {
    private static final int INPUTS = Integer.getInteger("needle.fuzz.app.inputs", 150);
    /** Only a guard against a hang: the slowest input here takes well under a second. */
    private static final Duration HANG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private CommandLine session;
    private Throwable escaped;

    @Test
    void damagedVCardsAreImportedOrRefusedInOneLine() throws Exception {
        fuzz(FuzzFormat.VCARD);
    }

    @Test
    void damagedLinkedInExportsAreImportedOrRefusedInOneLine() throws Exception {
        fuzz(FuzzFormat.LINKEDIN);
    }

    @Test
    void damagedYamlPlansAndBackupsAreImportedOrRefusedInOneLine() throws Exception {
        fuzz(FuzzFormat.YAML);
    }

    private void fuzz(FuzzFormat format) throws Exception {
        Long chosen = Long.getLong("needle.fuzz.seed");
        if (chosen != null) {
            run(format, chosen, INPUTS);
            return;
        }
        int fixed = INPUTS * 3 / 5;
        run(format, FuzzFormat.FIXED_SEED, fixed);
        run(format, System.nanoTime(), INPUTS - fixed);
    }

    private void run(FuzzFormat format, long seed, int inputs) throws Exception {
        List<byte[]> seeds = format.seeds();
        Mutations mutations = format.mutations(seed);
        Path file = dir.resolve("fuzz" + format.extension());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            byte[] input = mutations.mutate(seeds.get(i % seeds.size()));
            Files.write(file, input);
            String failure = check(format, file);
            if (failure != null) {
                failures.add("input " + i + ": " + failure);
                keep(format, seed, i, input);
            }
        }
        assertThat(failures).as("%s, seed %d (-Dneedle.fuzz.seed=%d): %d of %d inputs failed",
                format.name(), seed, seed, failures.size(), inputs).isEmpty();
    }

    /** Null when the input ended well; else what went wrong. */
    private String check(FuzzFormat format, Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        escaped = null;
        Backup before = stored();
        int exit;
        try {
            exit = assertTimeoutPreemptively(HANG, () -> execute(out, err, "--db", "mem:", "import", format.name(),
                    file.toString()));
        } catch (Throwable thrown) {
            return "escaped: " + thrown;
        }
        String message = err.toString().strip();
        if (escaped != null) {
            return "escaped: " + escaped + " (shown as: " + message + ")";
        }
        if (FuzzFormat.JAVA_NAME.matcher(message).find()) {
            return "a Java name in: " + message;
        }
        if (exit == NeedleCommand.DONE) {
            return null;
        }
        if (exit != NeedleCommand.BAD_INPUT) {
            return "exit " + exit + ": " + message;
        }
        if (message.lines().count() != 1 || !message.startsWith("needle") || !message.contains("fuzz")) {
            return "not one line naming the file: " + message;
        }
        return stored().equals(before) ? null : "the database changed on a refusal: " + message;
    }

    private int execute(StringWriter out, StringWriter err, String... args) {
        if (session == null) {
            session = NeedleCommand.commandLine(() -> false);
            OneLineErrors ownRefusals = new OneLineErrors();
            // Only a NeedleFailure is the importer's own refusal; anything else reaching picocli escaped.
            session.setExecutionExceptionHandler((ex, cmd, parsed) -> {
                if (!(ex instanceof NeedleFailure)) {
                    escaped = ex;
                }
                return ownRefusals.handleExecutionException(ex, cmd, parsed);
            });
        }
        session.setOut(new PrintWriter(out, true));
        session.setErr(new PrintWriter(err, true));
        return session.execute(args);
    }

    private Backup stored() {
        if (session == null) {
            return Backup.empty();
        }
        return ((NeedleCommand) session.getCommand()).useCases().exportBackup().exportBackup();
    }

    private static void keep(FuzzFormat format, long seed, int index, byte[] input) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Files.write(folder.resolve(format.name() + "-" + seed + "-" + index + format.extension()), input);
        } catch (IOException ignored) {
            // Keeping the input is a help for whoever reads the failure, not part of the check.
        }
    }

    @AfterEach
    void close() throws Exception {
        if (session != null) {
            ((NeedleCommand) session.getCommand()).close();
            session = null;
        }
    }
}
