package dev.needle.adapter.tui.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * $VISUAL, else $EDITOR, on a temporary file only the user can read (notes are private), with the
 * full-screen UI suspended meanwhile. The file is deleted afterwards whatever happened.
 */
public final class ExternalEditor implements TextEditor {
    private static final Logger LOG = LoggerFactory.getLogger(ExternalEditor.class);

    /** Hands the terminal over and takes it back: stop the screen before, start it (and redraw) after. */
    public interface Suspension {
        void suspend() throws IOException;

        void resume() throws IOException;
    }

    private final Map<String, String> environment;
    private final EditorProcess process;
    private final Suspension screen;

    public ExternalEditor(Map<String, String> environment, EditorProcess process, Suspension screen) {
        this.environment = Map.copyOf(environment);
        this.process = process;
        this.screen = screen;
    }

    /** The editor command the environment names, if any. */
    public Optional<String> command() {
        for (String name : new String[] {"VISUAL", "EDITOR"}) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> edit(String text) {
        Optional<String> command = command();
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Path file = null;
        try {
            file = Files.createTempFile("needle-note-", ".md",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            // A text file ends with a newline, so a line the editor appends starts on its own line;
            // the one newline added here is the one taken away when the note comes back.
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
            int exit;
            screen.suspend();
            try {
                exit = process.run(command.get(), file);
            } finally {
                screen.resume();
            }
            if (exit != 0) {
                LOG.warn("The editor {} ended with exit code {}; the note is left as it was", command.get(), exit);
                return Optional.empty();
            }
            return Optional.of(stripFinalNewline(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException failure) {
            LOG.warn("Could not run the editor {}", command.get(), failure);
            return Optional.empty();
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warn("Could not delete the editor's temporary file {}", file, e);
                }
            }
        }
    }

    /** The file's final newline (written above, or kept by the editor) is not part of the note. */
    private static String stripFinalNewline(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
