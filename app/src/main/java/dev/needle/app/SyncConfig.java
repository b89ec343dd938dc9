package dev.needle.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code sync:} section of the configuration file: {@code vdir} (the folder, {@code ~} for the home
 * folder) and {@code every} (how often, as 15m or 1h; 15m when left out). With it, {@code needle serve}
 * and the full-screen session run {@code needle sync vdir} on that interval; without it, never.
 */
record SyncConfig(Path vdir, Duration every) {
    static final Duration DEFAULT_EVERY = Duration.ofMinutes(15);

    static Optional<SyncConfig> read(Path file, Path home) {
        Optional<JsonNode> section = ConfigSections.section(file, "sync");
        if (section.isEmpty()) {
            return Optional.empty();
        }
        JsonNode sync = section.get();
        JsonNode vdir = sync.get("vdir");
        if (!sync.isObject() || vdir == null || !vdir.isTextual() || vdir.asText().isBlank()) {
            throw new NeedleFailure(NeedleCommand.USAGE, file + ": sync: needs vdir: the folder to sync with,"
                    + " e.g. vdir: ~/.contacts/needle");
        }
        Duration every = DEFAULT_EVERY;
        JsonNode interval = sync.get("every");
        if (interval != null && !interval.isNull()) {
            try {
                every = new DurationOption().convert(interval.asText());
            } catch (TypeConversionException bad) {
                throw new NeedleFailure(NeedleCommand.USAGE, file + ": sync: every: " + bad.getMessage());
            }
        }
        String folder = vdir.asText().strip();
        Path path = folder.equals("~") ? home : folder.startsWith("~/") ? home.resolve(folder.substring(2)) : Path.of(folder);
        return Optional.of(new SyncConfig(path, every));
    }
}
