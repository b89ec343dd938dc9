package dev.needle.adapter.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.needle.adapter.interchange.linkedin.LinkedInConnectionsReader;
import dev.needle.adapter.interchange.vcard.VCardFileReader;
import dev.needle.adapter.interchange.yaml.NeedleYaml;
import dev.needle.adapter.interchange.yaml.YamlFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Damaged and hostile files by the thousand per format, straight into the readers: each is read, or
 * refused with the reader's own exception in one line that names the file and no Java class. Any
 * other exception or error, a stack overflow or running out of memory among them, fails the test.
 *
 * <p>Each format runs a thousand inputs: three fifths from a fixed seed, the rest from a fresh random
 * one, printed with any failure. Reproduce with {@code -Dneedle.fuzz.seed=N} (all inputs from that
 * seed); run more with {@code -Dneedle.fuzz.inputs=N}. Failing inputs
 * are kept under target/fuzz-failures. The app module runs the same mutations end to end.
 */
class HostileInputFuzzTest {
    private static final int INPUTS = Integer.getInteger("needle.fuzz.inputs", 1_000);
    /** Only a guard against a hang; the slowest input takes a fraction of a second. */
    private static final Duration HANG = Duration.ofSeconds(30);
    private static final String NAME = "fuzz";

    @Test
    void vCardsAreReadOrRefusedInOneLine() {
        fuzz(FuzzFormat.VCARD, (name, bytes) -> new VCardFileReader().read(name, bytes));
    }

    @Test
    void linkedInExportsAreReadOrRefusedInOneLine() {
        fuzz(FuzzFormat.LINKEDIN, (name, bytes) -> new LinkedInConnectionsReader().read(name, bytes));
    }

    @Test
    void yamlPlansAndBackupsAreReadOrRefusedInOneLine() {
        fuzz(FuzzFormat.YAML, (name, bytes) -> new NeedleYaml().read(name, bytes));
    }

    private static void fuzz(FuzzFormat format, BiConsumer<String, byte[]> reader) {
        Long chosen = Long.getLong("needle.fuzz.seed");
        if (chosen != null) {
            run(format, reader, chosen, INPUTS);
        } else {
            int fixed = INPUTS * 3 / 5;
            run(format, reader, FuzzFormat.FIXED_SEED, fixed);
            run(format, reader, System.nanoTime(), INPUTS - fixed);
        }
    }

    private static void run(FuzzFormat format, BiConsumer<String, byte[]> reader, long seed, int inputs) {
        List<byte[]> seeds = format.seeds();
        Mutations mutations = format.mutations(seed);
        String name = NAME + format.extension();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            byte[] input = mutations.mutate(seeds.get(i % seeds.size()));
            String failure = check(() -> reader.accept(name, input), name);
            if (failure != null) {
                failures.add("input " + i + ": " + failure);
                keep(format, seed, i, input);
            }
        }
        assertThat(failures).as("%s, seed %d (-Dneedle.fuzz.seed=%d): %d of %d inputs failed",
                format.name(), seed, seed, failures.size(), inputs).isEmpty();
    }

    /** Null when the input was read or refused well; else what went wrong. */
    private static String check(Runnable read, String name) {
        try {
            assertTimeoutPreemptively(HANG, read::run);
            return null;
        } catch (InterchangeException | YamlFileException refused) {
            String message = refused.getMessage();
            if (message.contains("\n") || message.contains("\r") || !message.startsWith(name)) {
                return "not one line starting with the file's name: " + message;
            }
            return FuzzFormat.JAVA_NAME.matcher(message).find() ? "a Java name in: " + message : null;
        } catch (Throwable escaped) {
            return "escaped: " + escaped;
        }
    }

    /** Keeps a failing input for whoever reads the failure; not part of the check. */
    private static void keep(FuzzFormat format, long seed, int index, byte[] input) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Files.write(folder.resolve(format.name() + "-" + seed + "-" + index + format.extension()), input);
        } catch (Exception ignored) {
            // Nothing to add: the assertion names the seed and index, which make the input again.
        }
    }
}
