package dev.needle.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One top-level section of config.yaml, for the parts the application reads for itself (database,
 * remind, sync, log). A broken file is named with its line only: the parser's own message can quote
 * the text around the error, which may be a password.
 */
final class ConfigSections {
    private ConfigSections() {
    }

    /** The section, or empty when the file or the section is missing or the section is empty. */
    static Optional<JsonNode> section(Path file, String name) {
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
        return Optional.ofNullable(root == null ? null : root.get(name)).filter(section -> !section.isNull());
    }
}
