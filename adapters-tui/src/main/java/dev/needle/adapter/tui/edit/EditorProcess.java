package dev.needle.adapter.tui.edit;

import java.io.IOException;
import java.nio.file.Path;

/** Runs the user's editor on a file and waits for it; behind an interface so tests need no real editor. */
@FunctionalInterface
public interface EditorProcess {
    /** Returns the editor's exit code. */
    int run(String editorCommand, Path file) throws IOException, InterruptedException;

    /**
     * Through {@code sh -c}, since $EDITOR may carry arguments ("code --wait"); the file goes in as
     * "$1" so no part of its name is read by the shell. The editor gets this process's terminal.
     */
    EditorProcess SHELL = (command, file) -> new ProcessBuilder("sh", "-c", command + " \"$1\"", "needle-editor",
            file.toString()).inheritIO().start().waitFor();
}
