package dev.needle.adapter.tui.form;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Cursor;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.text.SafeText;
import dev.needle.application.EditConflictException;
import dev.needle.domain.DateInput;
import dev.needle.domain.Draft;
import dev.needle.domain.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small form: Tab/↓ and Shift-Tab/↑ move between fields, each field is checked as it is left,
 * Enter on the last field (or anywhere, when {@code enterSaves}) or Ctrl-S saves, and a form with
 * errors is not saved. Esc on a changed form asks before the change is thrown away, unless the
 * form says what Esc means itself (the first-run setup keeps its drafts).
 */
public record FormView(String name, String intro, List<Field> fields, int focus, boolean changed, boolean enterSaves,
                       Saver saver, Optional<Escape> escape, DraftPlace place) implements View {
    private static final int LABEL_WIDTH = 18;

    /** Turns the values into a saved record and says where to go next; throws the domain's refusals. */
    @FunctionalInterface
    public interface Saver {
        Step save(Map<String, String> values, Session session);

        /**
         * Another session saved the record while {@code form} was open; by default the refusal stands.
         * An edit form answers with the stored values beside the typed ones (see the screens' ConflictView).
         */
        default Step conflicted(FormView form, EditConflictException conflict, Session session) {
            throw conflict;
        }
    }

    /** What Esc does on this form instead of the usual "discard changes?". */
    @FunctionalInterface
    public interface Escape {
        Step leave(FormView form, Session session);
    }

    public FormView {
        fields = List.copyOf(fields);
        focus = Math.max(0, Math.min(focus, fields.size() - 1));
        escape = escape == null ? Optional.empty() : escape;
        place = place == null ? DraftPlace.ANY : place;
    }

    public static FormView of(String name, String intro, List<Field> fields, Saver saver) {
        return new FormView(name, intro, fields, 0, false, false, saver, Optional.empty(), DraftPlace.ANY);
    }

    public FormView savingOnEnter() {
        return new FormView(name, intro, fields, focus, changed, true, saver, escape, place);
    }

    public FormView onEscape(Escape leave) {
        return new FormView(name, intro, fields, focus, changed, enterSaves, saver, Optional.of(leave), place);
    }

    /**
     * The same form, saying what it is for, so a session that ends while it is typed in keeps a draft to
     * reopen; what its fields hold now is noted as what they opened with.
     */
    public FormView about(DraftPlace where) {
        return new FormView(name, intro, fields, focus, changed, enterSaves, saver, escape, where.opening(values()));
    }

    /**
     * What was typed when it differs from what the form opened with: the draft a session ending now
     * keeps. A form left untouched (or only moved through) keeps nothing.
     */
    @Override
    public Optional<Draft> unsaved() {
        if (!changed) {
            return Optional.empty();
        }
        return Optional.of(place.draft(name, fields.stream().map(f -> place.entry(f.key(), f.label(), f.value()))
                .toList(), focus));
    }

    /**
     * This form with the text of {@code draft} back in its fields (matched by key), the cursor at the end
     * of the field it was in; it counts as changed, so Esc asks before throwing the text away again.
     */
    public FormView restored(Draft draft) {
        List<Field> filled = new ArrayList<>();
        for (Field f : fields) {
            // A choice takes back only a value it still offers; the text of a text field always comes back.
            boolean typed = draft.fields().stream().anyMatch(e -> e.key().equals(f.key()))
                    && (!f.isChoice() || f.choices().contains(draft.value(f.key())));
            filled.add(typed ? f.withValue(draft.value(f.key())).cursorAtEnd() : f);
        }
        // What the draft's fields opened with stays the measure: kept again unsaved, it is compared with the record as then.
        Map<String, String> opened = new LinkedHashMap<>(place.opened());
        draft.fields().forEach(e -> e.opened().ifPresent(was -> opened.put(e.key(), was)));
        return new FormView(name, intro, filled, draft.focus(), true, enterSaves, saver, escape,
                place.reopened(draft.id()).opening(opened));
    }

    /**
     * This form with each date and time field saying what its text means as of {@code today}, as it does
     * once a key is typed: a form reopened from a draft shows "fri → Fri 2026-12-11" at once.
     */
    public FormView echoedAsOf(LocalDate today) {
        List<Field> echoed = fields.stream().map(f -> f.reads() == Field.Reads.TEXT ? f : f.echoedAsOf(today)).toList();
        return new FormView(name, intro, echoed, focus, changed, enterSaves, saver, escape, place);
    }

    @Override
    public boolean capturesText() {
        return true;
    }

    /** Printable keys are text in a text field and nothing else; the rest move, choose, save or cancel. */
    @Override
    public List<Binding> bindings() {
        Field current = fields.get(focus);
        boolean text = !current.isChoice();
        List<Binding> bindings = new ArrayList<>();
        bindings.add(Binding.typing("text into the field", this::act).when(text).helpOnly());
        // First in the bar, so the narrowest hint bar still shows it: `e` types a letter here.
        bindings.add(Binding.on("Ctrl-E", "editor", this::act).when(current.isLongText()));
        bindings.add(Binding.on("Tab/↓", "next field", this::act));
        bindings.add(Binding.on("Shift-Tab/↑", "previous field", this::act).helpOnly());
        bindings.add(Binding.on("←/→ Space", "choose", this::act).when(current.isChoice()));
        bindings.add(Binding.typing("the start of a name to choose it", this::act).when(current.isChoice()).helpOnly());
        boolean typedIntoChoice = !text && !current.typed().isEmpty();
        if (text) {
            bindings.addAll(EditKeys.bindings(current.line(), !current.isLongText(), "clear the field", this::act));
        } else {
            bindings.add(Binding.on("Backspace", "erase", this::act).when(typedIntoChoice).helpOnly());
            bindings.add(Binding.on("Ctrl-U", "clear the field", this::act).when(typedIntoChoice).helpOnly());
        }
        bindings.add(Binding.on("Esc", "cancel", this::act));
        if (enterSaves) {
            bindings.add(Binding.on("Enter/Ctrl-S", "save", this::act));
        } else {
            bindings.add(Binding.on("Ctrl-S", "save", this::act));
            bindings.add(Binding.on("Enter", focus == fields.size() - 1 ? "save" : "next field", this::act).helpOnly());
        }
        return bindings;
    }

    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f.key(), f.value()));
        return values;
    }

    public Field field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    /** The field the cursor is in. */
    public Field focused() {
        return fields.get(focus);
    }

    public boolean hasErrors() {
        return fields.stream().anyMatch(f -> f.error().isPresent());
    }

    private Step act(Key key, Session session) {
        Field current = fields.get(focus);
        if (key.isCtrl('s') || key.is(Key.Type.ENTER) && (enterSaves || focus == fields.size() - 1)) {
            return save(session);
        }
        if (key.is(Key.Type.TAB) || key.is(Key.Type.DOWN) || key.is(Key.Type.ENTER)) {
            return leaving(current, leaveTo(focus + 1));
        }
        if (key.is(Key.Type.BACK_TAB) || key.is(Key.Type.UP)) {
            return leaving(current, leaveTo(focus - 1));
        }
        if (key.is(Key.Type.ESCAPE)) {
            if (escape.isPresent()) {
                return escape.get().leave(this, session);
            }
            return changed ? Step.stay(this).ask("Throw away what you typed? y/N", s -> Step.back()) : Step.back();
        }
        if (current.isChoice()) {
            if (current.suggestion() && key.isText()) {
                // A refused word is typed over, as a selection is: the new letters choose afresh.
                Field fresh = current.withValue(current.value());
                Field typed = key.is(' ') ? fresh.cycled(1) : fresh.typedInto(key.ch());
                return typed.namesAChoice() ? Step.stay(replace(typed)) : Step.stay(replace(typed)).say(current.choicesSaid());
            }
            if (key.isText() && !(key.is(' ') && current.typed().isEmpty())) {
                // A space only continues a name being typed ("video call"); alone it cycles.
                Field typed = current.typedInto(key.ch());
                return typed.namesAChoice() ? Step.stay(replace(typed)) : Step.stay(replace(typed)).say(current.choicesSaid());
            }
            if (key.is(Key.Type.BACKSPACE) || key.isCtrl('u')) {
                return Step.stay(replace(current.suggestion() ? current.withValue(current.value()) : current.untyped()));
            }
            if (key.is(Key.Type.RIGHT) || key.is(' ')) {
                return Step.stay(replace(current.cycled(1)));
            }
            if (key.is(Key.Type.LEFT)) {
                return Step.stay(replace(current.cycled(-1)));
            }
            return Step.stay(this);
        }
        if (key.isCtrl('e') && current.isLongText()) {
            return editLong(current, session);
        }
        if (current.suggestion() && key.isText()) {
            return Step.stay(replace(typed(current.typedOver(key.ch()), session)));
        }
        Optional<EditLine> edited = current.line().after(key);
        if (edited.isEmpty()) {
            return Step.stay(this);
        }
        Field next = current.edited(edited.get());
        // Moving the cursor changes nothing: Esc after it leaves without asking.
        return Step.stay(next.value().equals(current.value()) ? moved(next) : replace(typed(next, session)));
    }

    /** A date or time field says what its text now means ("thu" → Thu 2026-12-10, "3" → 3 am) as of the clock's today. */
    private static Field typed(Field field, Session session) {
        return field.reads() == Field.Reads.TEXT ? field : field.echoedAsOf(session.useCases().week().today().date());
    }

    /**
     * Ctrl-E on a notes field: the external editor when one is set (the screen is redrawn in full
     * afterwards), else the built-in multi-line editor in place of this form until it is done.
     */
    private Step editLong(Field field, Session session) {
        java.util.Optional<String> edited = session.editor().edit(field.value());
        if (edited.isPresent()) {
            return Step.stay(replace(field.withValue(edited.get()))).with(new dev.needle.adapter.tui.core.Effect.Repaint());
        }
        FormView form = this;
        // Kept as the whole form with this field as typed so far, so a hang-up here reopens the form.
        return Step.stay(new NotesEditorView(field.label(), field.value(),
                (text, s) -> Step.stay(form.replace(field.withValue(text))), s -> Step.stay(form))
                .keptAs(text -> (text.equals(field.value()) ? form : form.replace(field.withValue(text))).unsaved()));
    }

    /** Checks every field, then saves; a refusal lands next to the field it names. */
    public Step save(Session session) {
        List<Field> checked = fields.stream().map(Field::validated).toList();
        FormView validated = new FormView(name, intro, checked, focus, changed, enterSaves, saver, escape, place);
        if (validated.hasErrors()) {
            return Step.stay(validated.focusFirstError()).say("Fix the marked field before saving.");
        }
        try {
            return saver.save(values(), session);
        } catch (InvalidValueException refused) {
            return Step.stay(validated.withErrorOn(refused)).say(refused.getMessage());
        } catch (EditConflictException conflict) {
            return saver.conflicted(validated, conflict, session);
        }
    }

    /** A copy with every field cleared back to its first value: the capture form's "next person". */
    public FormView cleared(List<Field> fresh) {
        return new FormView(name, intro, fresh, 0, false, enterSaves, saver, escape, place);
    }

    private FormView withErrorOn(InvalidValueException refused) {
        List<Field> marked = new ArrayList<>(fields);
        for (int i = 0; i < marked.size(); i++) {
            if (marked.get(i).domainNames().contains(refused.field())) {
                marked.set(i, marked.get(i).withError(refused.getMessage()));
                return new FormView(name, intro, marked, i, changed, enterSaves, saver, escape, place);
            }
        }
        return this;
    }

    private FormView focusFirstError() {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).error().isPresent()) {
                return new FormView(name, intro, fields, i, changed, enterSaves, saver, escape, place);
            }
        }
        return this;
    }

    /** The form after leaving {@code left}; a choice that refused its word stays, saying what can be chosen. */
    private Step leaving(Field left, FormView after) {
        boolean refused = after.focus == focus && left.isChoice() && after.fields.get(focus).error().isPresent();
        return refused ? Step.stay(after).say(left.choicesSaid()) : Step.stay(after);
    }

    private FormView leaveTo(int next) {
        List<Field> updated = new ArrayList<>(fields);
        Field left = fields.get(focus).validated();
        if (left.isChoice() && left.error().isPresent()) {
            // A word that named no choice: going on would look as if the choice shown had been typed.
            return replace(left);
        }
        updated.set(focus, left.untyped());
        int to = Math.floorMod(next, fields.size());
        updated.set(to, updated.get(to).cursorAtEnd());
        return new FormView(name, intro, updated, to, changed, enterSaves, saver, escape, place);
    }

    private FormView replace(Field field) {
        List<Field> updated = new ArrayList<>(fields);
        updated.set(focus, field);
        return new FormView(name, intro, updated, focus, true, enterSaves, saver, escape, place);
    }

    private FormView moved(Field field) {
        List<Field> updated = new ArrayList<>(fields);
        updated.set(focus, field);
        return new FormView(name, intro, updated, focus, changed, enterSaves, saver, escape, place);
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> lines = new ArrayList<>();
        boolean roomForIntro = !intro.isEmpty() && fields.size() + 2 <= height;
        if (roomForIntro) {
            // Wrapped while the fields still fit under it; on a short window its first line only.
            List<String> wrapped = SafeText.wrap(intro, Math.max(10, width));
            for (String part : wrapped.size() + fields.size() + 1 <= height ? wrapped : List.of(intro)) {
                lines.add(Line.of(part, Style.DIM));
            }
            lines.add(Line.blank());
        }
        int valueWidth = Math.max(10, Math.min(50, width - LABEL_WIDTH - 4));
        // A long form scrolls so the field being typed in is always on screen, with what is said under it.
        int window = Math.max(1, height - lines.size());
        int top = new Cursor(focus, fields.size()).top(window);
        List<List<Line>> blocks = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            blocks.add(block(fields.get(i), i == focus, width, valueWidth));
        }
        while (top < focus && blocks.subList(top, focus + 1).stream().mapToInt(List::size).sum() > window) {
            top++;
        }
        for (int i = top; i < fields.size() && lines.size() < height; i++) {
            for (Line line : blocks.get(i)) {
                if (lines.size() < height) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /**
     * A field's line, then its error wrapped whole beneath the value (a cut message hides the
     * advice at its end), or for the focused date field the ways a date may be written.
     */
    private static List<Line> block(Field f, boolean focused, int width, int valueWidth) {
        List<Line> lines = new ArrayList<>();
        int shownWidth = f.reads() != Field.Reads.TEXT ? Math.min(valueWidth, 20) : valueWidth;
        List<Span> spans = new ArrayList<>();
        spans.add(Span.column((focused ? "> " : "  ") + f.label(), LABEL_WIDTH, Style.LABEL));
        if (focused && !f.isChoice()) {
            // A suggestion looks like one: typing replaces it.
            spans.addAll(CursorWindow.spans(f.line(), shownWidth, f.suggestion() ? Style.HINT : Style.SELECTED, Style.CURSOR,
                    true));
        } else {
            // A choice that refused the word typed shows that word, selected: typing replaces it.
            String shown = f.isChoice() ? (f.suggestion() ? f.typed().strip() : "‹ " + f.value() + " ›") : f.value();
            spans.add(Span.column(shown, shownWidth, focused ? Style.SELECTED : Style.NORMAL));
        }
        f.echo().filter(e -> !e.isEmpty()).ifPresent(e -> spans.add(Span.of("  → " + e, Style.HINT)));
        lines.add(Line.of(spans, Style.NORMAL));
        int room = Math.max(10, width - LABEL_WIDTH - 1);
        String indent = " ".repeat(LABEL_WIDTH);
        if (f.error().isPresent()) {
            List<String> wrapped = SafeText.wrap("! " + f.error().get(), room - 2);
            for (int k = 0; k < wrapped.size(); k++) {
                lines.add(Line.of(List.of(Span.of(indent + (k == 0 ? "" : "  ") + wrapped.get(k), Style.ERROR)), Style.NORMAL));
            }
        } else if (focused && f.isDate()) {
            for (String part : SafeText.wrap("Dates: " + (f.gone() ? DateInput.HELP_GONE : DateInput.HELP), room)) {
                lines.add(Line.of(indent + part, Style.DIM));
            }
        }
        return lines;
    }
}
