package dev.needle.adapter.tui.core;

import dev.needle.adapter.tui.edit.TextEditor;
import dev.needle.application.UndoLog;
import dev.needle.domain.triage.MessageTemplates;
import java.nio.file.Path;

/**
 * What a screen may use while handling a key: the use cases, how many rows a page has now, the
 * configured message templates, the session's undo log, the external editor for notes, and the
 * folder exports go to when the user names no other, the Mine/All switch, and the body's size now
 * ({@code width} columns by {@code height} rows), for a screen that lays its text out by it (the notes editor).
 */
public record Session(TuiUseCases useCases, int pageSize, MessageTemplates templates, UndoLog undo, TextEditor editor,
                      Path folder, MineScope scope, int width, int height) {
    /** The body's size when no terminal says otherwise. */
    private static final int WIDTH = 80;

    public Session {
        pageSize = Math.max(1, pageSize);
        templates = templates == null ? MessageTemplates.defaults() : templates;
        undo = undo == null ? new UndoLog() : undo;
        editor = editor == null ? TextEditor.NONE : editor;
        folder = folder == null ? Path.of("").toAbsolutePath() : folder;
        scope = scope == null ? new MineScope() : scope;
        width = width > 0 ? width : WIDTH;
        height = height > 0 ? height : pageSize + 2;
    }

    public Session(TuiUseCases useCases, int pageSize, MessageTemplates templates, UndoLog undo, TextEditor editor,
                   Path folder, MineScope scope) {
        this(useCases, pageSize, templates, undo, editor, folder, scope, 0, 0);
    }

    public Session(TuiUseCases useCases, int pageSize, MessageTemplates templates, UndoLog undo, TextEditor editor,
                   Path folder) {
        this(useCases, pageSize, templates, undo, editor, folder, null);
    }

    public Session(TuiUseCases useCases, int pageSize, MessageTemplates templates) {
        this(useCases, pageSize, templates, null, null, null);
    }
}
