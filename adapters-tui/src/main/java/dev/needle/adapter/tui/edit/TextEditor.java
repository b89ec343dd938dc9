package dev.needle.adapter.tui.edit;

import java.util.Optional;

/**
 * Edits a longer text outside the form it belongs to. Empty means no editor could run (none set, or
 * it failed), and the UI falls back to its own multi-line editor.
 */
@FunctionalInterface
public interface TextEditor {
    Optional<String> edit(String text);

    /** No external editor: always the built-in one. */
    TextEditor NONE = text -> Optional.empty();
}
