package dev.needle.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** Validates the global options early, so a typo fails at once rather than deep inside a run. */
final class OptionChecks {
    private OptionChecks() {}

    /** Either the accepted value or the reason it was refused. */
    record Checked<T>(T value, String problem) {
        static <T> Checked<T> ok(T value) {
            return new Checked<>(value, null);
        }

        static <T> Checked<T> refused(String problem) {
            return new Checked<>(null, problem);
        }

        <X extends Exception> T orElseThrow(Function<String, X> toException) throws X {
            if (problem != null) {
                throw toException.apply(problem);
            }
            return value;
        }
    }

    /** The URL itself is never echoed back: a PostgreSQL URL may carry a password. */
    static Checked<String> databaseUrl(String url) {
        boolean memory = url.equals("mem:");
        boolean h2 = url.startsWith("jdbc:h2:") && url.length() > "jdbc:h2:".length();
        boolean postgres = url.startsWith("jdbc:postgresql://")
                && url.length() > "jdbc:postgresql://".length();
        return memory || h2 || postgres
                ? Checked.ok(url)
                : Checked.refused("--db expects mem:, a jdbc:h2:... URL or a jdbc:postgresql://... URL; "
                        + "the value given is none of these");
    }

    static Checked<Path> configFile(Path file) {
        if (!Files.exists(file)) {
            return Checked.refused("--config: no such file: " + file);
        }
        if (!Files.isRegularFile(file)) {
            return Checked.refused("--config: not a regular file: " + file);
        }
        if (!Files.isReadable(file)) {
            return Checked.refused("--config: cannot read " + file);
        }
        return Checked.ok(file);
    }

    /** A data folder that does not exist yet is fine: it is created when first needed. */
    static Checked<Path> dataDir(Path dir) {
        return Files.exists(dir) && !Files.isDirectory(dir)
                ? Checked.refused("--data-dir: " + dir + " exists and is not a folder")
                : Checked.ok(dir);
    }
}
