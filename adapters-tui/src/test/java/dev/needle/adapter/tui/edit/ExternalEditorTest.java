package dev.needle.adapter.tui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExternalEditorTest {
    private final List<String> happened = new ArrayList<>();
    private final ExternalEditor.Suspension screen = new ExternalEditor.Suspension() {
        @Override
        public void suspend() {
            happened.add("screen stopped");
        }

        @Override
        public void resume() {
            happened.add("screen started");
        }
    };

    @Test
    void visualWinsOverEditorAndTheNoteComesBackFromAnOwnerOnlyFileThatIsThenDeleted() {
        List<Path> files = new ArrayList<>();
        EditorProcess fake = (command, file) -> {
            happened.add("ran " + command);
            files.add(file);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(Files.readString(file)).isEqualTo("old note\n");
            Files.writeString(file, "new note\n");
            return 0;
        };
        ExternalEditor editor = new ExternalEditor(Map.of("VISUAL", "vim", "EDITOR", "nano"), fake, screen);

        assertThat(editor.edit("old note")).contains("new note");
        assertThat(happened).containsExactly("screen stopped", "ran vim", "screen started");
        assertThat(files.get(0)).doesNotExist();
    }

    @Test
    void aLineTheEditorAppendsStaysOnItsOwnLine() {
        EditorProcess appending = (command, file) -> {
            Files.writeString(file, "- ask about the team\n", java.nio.file.StandardOpenOption.APPEND);
            return 0;
        };
        ExternalEditor editor = new ExternalEditor(Map.of("EDITOR", "ed"), appending, screen);

        assertThat(editor.edit("Met at the meetup")).contains("Met at the meetup\n- ask about the team");
    }

    @Test
    void onlyOneTrailingNewlineIsTakenAwaySoBlankLinesTheUserKeptStay() {
        EditorProcess untouched = (command, file) -> 0;
        ExternalEditor editor = new ExternalEditor(Map.of("EDITOR", "ed"), untouched, screen);

        assertThat(editor.edit("two lines\nend\n\n")).contains("two lines\nend\n\n");
        assertThat(editor.edit("")).contains("");
    }

    @Test
    void noEditorSetOrAFailingEditorMeansTheBuiltInOneAndTheScreenIsAlwaysBack() {
        EditorProcess failing = (command, file) -> 1;
        assertThat(new ExternalEditor(Map.of(), failing, screen).edit("x")).isEmpty();
        assertThat(happened).isEmpty();
        assertThat(new ExternalEditor(Map.of("EDITOR", "ed"), failing, screen).edit("x")).isEmpty();
        EditorProcess crashing = (command, file) -> {
            throw new java.io.IOException("no such program");
        };
        assertThat(new ExternalEditor(Map.of("EDITOR", "nothere"), crashing, screen).edit("x")).isEmpty();
        assertThat(happened).containsExactly("screen stopped", "screen started", "screen stopped", "screen started");
    }
}
