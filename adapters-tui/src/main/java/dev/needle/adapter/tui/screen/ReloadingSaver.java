package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.application.EditConflictException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An edit form's saver that, when another session saved the record first, reads the record as it is
 * stored now and lets the user merge: what only one side changed is kept, and each field both changed
 * is shown side by side ({@link ConflictView}). Nothing typed is lost on the way.
 *
 * @param what     the record as the user names it ("Maria Lopez", "\"Portfolio critique\"")
 * @param original the form's values when it was opened, to tell who changed which field
 * @param save     the save itself
 * @param reload   the edit form over the record as stored now, or empty when it was deleted meanwhile
 */
record ReloadingSaver(String what, Map<String, String> original, FormView.Saver save,
                      Function<Session, Optional<FormView>> reload) implements FormView.Saver {
    ReloadingSaver {
        original = Map.copyOf(original);
    }

    /** The values of {@code fields}, as the form shows them when it opens. */
    static Map<String, String> valuesOf(List<Field> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f.key(), f.value()));
        return values;
    }

    @Override
    public Step save(Map<String, String> values, Session session) {
        return save.save(values, session);
    }

    @Override
    public Step conflicted(FormView mine, EditConflictException conflict, Session session) {
        Optional<FormView> theirs = reload.apply(session);
        if (theirs.isEmpty()) {
            return Step.stay(mine).say(what + " was deleted in another session; nothing saved. Esc leaves the form.");
        }
        // The headline says who, when the team knows: "Maria Lopez was changed by Bob at 10:42".
        String changed = what + " was " + conflict.changedBy().orElse("changed in another session");
        return ConflictView.compare(changed + " while you typed.", original, mine, theirs.get(), session);
    }
}
