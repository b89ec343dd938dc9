package dev.needle.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
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
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new NeedleFailure(NeedleCommand.USAGE, file + " is not valid YAML" + (line > 0 ? " (line " + line + ")" : ""));
        } catch (IOException e) {
            throw new NeedleFailure(NeedleCommand.USAGE, "cannot read " + file);
        }
        JsonNode sync = root == null ? null : root.get("sync");
        if (sync == null || sync.isNull()) {
            return Optional.empty();
        }
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
