package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Cursor;
import dev.needle.application.port.in.EditNeedUseCase;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Screen;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.domain.RecordKind;
import dev.needle.domain.Need;
import dev.needle.domain.triage.Helper;
import java.util.ArrayList;
import java.util.List;

/** One need: its targets and notes, then who can help with it, best first, each with the reasons. */
public record NeedDetailView(Need need, List<Helper> helpers, Cursor cursor, String authors) implements View {
    public NeedDetailView {
        helpers = List.copyOf(helpers);
    }

    static NeedDetailView load(Need need, Session session) {
        List<Helper> helpers = session.useCases().findHelpers().helpersFor(need.id());
        return new NeedDetailView(need, helpers, Cursor.over(helpers.size()),
                AuthorsLine.of(session, RecordKind.NEED, need.id().value()));
    }

    @Override
    public String name() {
        return "Need";
    }

    @Override
    public String crumb() {
        return need.title();
    }

    @Override
    public List<Binding> bindings() {
        return Binding.list(cursor.keys(c -> new NeedDetailView(need, helpers, c, authors)),
                Binding.on("Enter", "open contact", this::act).when(!helpers.isEmpty()), Binding.on("e", "edit", this::act),
                Binding.on("n", "notes in $EDITOR", this::act), Binding.on("w", "who I know at its company", this::act));
    }

    private Step act(Key key, Session session) {
        if (key.is('e')) {
            return Step.open(NeedForms.edit(need, NeedForms.direction(session)));
        }
        if (key.is('n')) {
            return NotesInEditor.open("Notes on \"" + need.title() + "\"", need.notes(), session, this::saveNotes,
                    Drafted.about(Drafted.NEED_NOTES, need));
        }
        if (key.is('w')) {
            return need.targets().stream().filter(t -> t.kind() == dev.needle.domain.TargetKind.COMPANY).findFirst()
                    .map(t -> Step.open(CompanyView.load(t.value(), session)))
                    .orElseGet(() -> Step.stay(this).say("This need names no company; try :company NAME."));
        }
        if (key.is(Key.Type.ENTER) && !helpers.isEmpty()) {
            return Step.open(ContactDetailView.load(helpers.get(cursor.index()).contact().id(), session));
        }
        return Step.unhandled();
    }

    /**
     * The built-in editor on this need's notes, holding {@code draft}'s text as it was left; or, when
     * another session changed them since, both texts to choose from.
     */
    View notesHolding(dev.needle.domain.Draft draft, Session session) {
        return NotesInEditor.reopened("The notes on \"" + need.title() + "\"", "Notes on \"" + need.title() + "\"",
                need.notes(), draft, session.useCases().authors().of(dev.needle.domain.RecordKind.NEED, need.id().value())
                        .changedAt(), session, this::saveNotes, Drafted.about(Drafted.NEED_NOTES, need));
    }

    private Step saveNotes(String notes, Session session) {
        if (notes.equals(need.notes())) {
            return Step.stay(this).say("Notes unchanged.");
        }
        session.useCases().editNeed().editNeed(need, new EditNeedUseCase.Command(need.id(), need.version(),
                need.title(), need.kind(), need.targets(), notes));
        Undo.need(session, "notes edit on \"" + need.title() + "\"", need,
                need.withDetails(need.title(), need.kind(), need.targets(), notes));
        return Step.stay(refreshed(session)).say("Notes saved.");
    }

    @Override
    public View refreshed(Session session) {
        Need fresh = session.useCases().listNeeds().listNeeds().stream()
                .filter(n -> n.id().equals(need.id())).findFirst().orElse(need);
        NeedDetailView reloaded = load(fresh, session);
        return new NeedDetailView(fresh, reloaded.helpers,
                cursor.following(helpers, reloaded.helpers, h -> h.contact().id()), reloaded.authors);
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(need.citation(), Style.HEADLINE));
        lines.add(Line.of(need.kind().label() + " · " + need.status().label()));
        AuthorsLine.add(lines, authors, width);
        lines.add(Line.of("Targets: " + (need.targets().isEmpty() ? "—" : Targets.format(need.targets()))));
        if (need.targets().isEmpty() && need.isActive()) {
            lines.add(Line.of("! No company, role or topic, so nobody can match it: e to add one.", Style.HINT));
        }
        if (!need.notes().isEmpty()) {
            lines.add(Line.of("Notes: " + need.notes(), Style.DIM));
        }
        lines.add(Line.blank());
        lines.add(Line.of("Who can help", Style.LABEL));
        if (helpers.isEmpty()) {
            lines.add(Line.of("Nobody you know matches yet. Capture people on " + Screen.CONTACTS.reference() + ".", Style.DIM));
        }
        for (int i = 0; i < helpers.size() && lines.size() < height; i++) {
            Helper h = helpers.get(i);
            Style style = i == cursor.index() ? Style.SELECTED : Style.NORMAL;
            String who = h.contact().name() + (h.contact().company().isEmpty() ? "" : " · " + h.contact().company())
                    + (h.contact().role().isEmpty() ? "" : " · " + h.contact().role());
            lines.add(Line.of(List.of(Span.column(Integer.toString(h.score()), 5, style),
                    Span.column(who, Math.max(6, width - 5), style)), style));
            for (String reason : h.reasons()) {
                lines.add(Line.of("     – " + reason, Style.DIM));
            }
        }
        return lines;
    }
}
