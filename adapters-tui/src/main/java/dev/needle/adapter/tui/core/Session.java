package dev.needle.adapter.tui.core;

import dev.needle.adapter.tui.edit.TextEditor;
import dev.needle.application.UndoLog;
import dev.needle.domain.triage.MessageTemplates;
import java.nio.file.Path;

/**
 * What a screen may use while handling a key: the use cases, how many rows a page has now, the
 * configured message templates, the session's undo log, the external editor for notes, and the
 * folder exports go to when the user names no other, and the Mine/All switch.
 */
public record Session(TuiUseCases useCases, int pageSize, MessageTemplates templates, UndoLog undo, TextEditor editor,
                      Path folder, MineScope scope) {
    public Session {
        pageSize = Math.max(1, pageSize);
        templates = templates == null ? MessageTemplates.defaults() : templates;
        undo = undo == null ? new UndoLog() : undo;
        editor = editor == null ? TextEditor.NONE : editor;
        folder = folder == null ? Path.of("").toAbsolutePath() : folder;
        scope = scope == null ? new MineScope() : scope;
    }

    public Session(TuiUseCases useCases, int pageSize, MessageTemplates templates, UndoLog undo, TextEditor editor,
                   Path folder) {
        this(useCases, pageSize, templates, undo, editor, folder, null);
    }

    public Session(TuiUseCases useCases, int pageSize, MessageTemplates templates) {
        this(useCases, pageSize, templates, null, null, null);
    }
}
