package dev.needle.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who "me" is in config.yaml, for a database several people share: {@code me: NAME}, or {@code name:}
 * under a {@code me:} mapping that also lists mail addresses; and, for {@code needle serve}, who each SSH
 * key is ({@code team: keys: {"SHA256:...": NAME}}).
 */
final class MeConfig {
    private static final Pattern ME_MAPPING = Pattern.compile("^me:[ \\t]*(#.*)?$");
    private static final Pattern ME_ANY = Pattern.compile("^me[ \\t]*:");

    private MeConfig() {
    }

    /** The configured name, when the file gives one. */
    static Optional<String> name(Path file) {
        return ConfigSections.section(file, "me").map(me -> me.isTextual() ? me : me.get("name"))
                .filter(JsonNode::isValueNode).map(JsonNode::asText).map(String::strip).filter(name -> !name.isEmpty());
    }

    /** Key fingerprint to name, from {@code team: keys:}; empty when the file maps none. */
    static Map<String, String> keyNames(Path file) {
        Map<String, String> names = new LinkedHashMap<>();
        ConfigSections.section(file, "team").map(team -> team.get("keys")).filter(JsonNode::isObject)
                .ifPresent(keys -> keys.fields().forEachRemaining(
                        key -> names.put(key.getKey().strip(), key.getValue().asText().strip())));
        return names;
    }

    /**
     * Remembers {@code name} in the file, keeping everything already there as it is: a line {@code me: NAME}
     * appended, or {@code name: NAME} put first under an existing {@code me:} mapping. A missing file is
     * created readable by its owner only. Returns what to tell the user when the file could not take it.
     */
    static Optional<String> remember(Path file, String name) {
        String entry = quoted(name);
        try {
            if (!Files.exists(file)) {
                Path folder = file.toAbsolutePath().getParent();
                if (folder != null) {
                    Files.createDirectories(folder);
                }
                Files.writeString(file, "me: " + entry + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
                return Optional.empty();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            int me = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (ME_ANY.matcher(lines.get(i)).find()) {
                    me = i;
                    break;
                }
            }
            if (me < 0) {
                String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
                Files.writeString(file, separator + "me: " + entry + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                return Optional.empty();
            }
            if (!ME_MAPPING.matcher(lines.get(me)).matches()) {
                return Optional.of("could not add your name to " + file + " (its me: line is not a list of settings); "
                        + "add `name: " + entry + "` under me: to be asked no more");
            }
            String indent = childIndent(lines, me);
            int offset = offsetAfterLine(text, me);
            String newline = offset == text.length() && !text.endsWith("\n") ? "\n" : "";
            Files.writeString(file, text.substring(0, offset) + newline + indent + "name: " + entry + "\n" + text.substring(offset),
                    StandardCharsets.UTF_8);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("could not write " + file + " (" + e.getMessage() + "); add `me: " + entry
                    + "` to it to be asked no more");
        }
    }

    /** A name as a YAML scalar: plain when it reads back as itself, else in double quotes. */
    static String quoted(String name) {
        boolean plain = name.matches("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N} .'-]*") && !name.endsWith(" ")
                && !List.of("yes", "no", "true", "false", "null", "on", "off", "y", "n").contains(name.toLowerCase());
        return plain ? name : "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String childIndent(List<String> lines, int parent) {
        for (int i = parent + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            return spaces > 0 ? " ".repeat(spaces) : "  ";
        }
        return "  ";
    }

    private static int offsetAfterLine(String text, int line) {
        int offset = 0;
        for (int i = 0; i <= line; i++) {
            int end = text.indexOf('\n', offset);
            offset = end < 0 ? text.length() : end + 1;
        }
        return offset;
    }
}
