package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.screen.TodayRows.Section;
import dev.needle.adapter.tui.screen.TodayRows.Entry;
import dev.needle.application.port.in.ListDueUseCase;
import dev.needle.domain.Need;
import dev.needle.domain.TouchDue;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Today's "Losing touch" section, beside the follow-ups: everyone whose keep-in-touch cadence has
 * passed, longest overdue first, with the last interaction and its channel and the needs they can help
 * with, so the user reaches out where it matters first. Keys on a row: Enter opens the person,
 * {@link TouchKeys} logs an interaction, snoozes, sets the cadence.
 */
final class LosingTouchRows {
    private static final String HEADING = "Losing touch";

    private LosingTouchRows() {
    }

    /**
     * The section (none when no cadence is set anywhere, so Today stays as it was for those who use none).
     * While the list waits for everyone to be read (a tag's default cadence), the first frame says so
     * in its place; the session draws Today again once the list is here.
     */
    static List<Section> sections(Session session) {
        ListDueUseCase dueUseCase = session.useCases().week().touch().due();
        Optional<ListDueUseCase.Due> known = dueUseCase.dueAtHand(0);
        if (known.isEmpty() && dueUseCase.readFailed()) {
            // The log says why; the row says what the user can do, and Enter on it does it.
            return List.of(Section.of(Entry.heading(HEADING), List.of(Entry.item(
                    List.of(Span.of("  Could not read your contacts to see who is due; press Enter to try again.",
                            Style.ERROR)),
                    s -> {
                        dueUseCase.readAgain();
                        return Step.stay(TodayView.loadWhole(s));
                    }))));
        }
        if (known.isEmpty()) {
            return List.of(Section.of(Entry.heading(HEADING), List.of(), Entry.note("Finding who is due…")));
        }
        ListDueUseCase.Due all = known.get();
        ListDueUseCase.Due due = new ListDueUseCase.Due(all.today(), MineLists.keep(session, all.people(),
                (whose, p) -> whose.owns(p.touch().contact().id())));
        if (due.people().isEmpty()) {
            boolean anyCadence = !session.useCases().week().touch().keepInTouch().tagDefaults().isEmpty()
                    || session.useCases().week().touch().due().due(366).people().size() > 0;
            return anyCadence ? List.of(Section.of(Entry.heading(HEADING), List.of(), Entry.note("Nobody; you are in touch.")))
                    : List.of();
        }
        return List.of(Section.of(Entry.heading(HEADING + " (" + due.people().size() + ")"),
                TodayRows.lazily(due.people(), LosingTouchRows::entry)));
    }

    static Entry entry(ListDueUseCase.Person p) {
        TouchDue t = p.touch();
        String overdue = p.daysOverdue() == 0 ? "due today" : p.daysOverdue() + "d overdue";
        String last = t.last().map(l -> l.channel().label() + " " + l.on()).orElse("nothing logged");
        String serves = p.serves().stream().map(Need::title).collect(Collectors.joining(", "));
        return new Entry(List.of(Span.column("  " + overdue, 16, p.daysOverdue() > 0 ? Style.ERROR : Style.NORMAL),
                Span.column(t.contact().name(), 22, Style.NORMAL), Span.column(last, 22, Style.DIM),
                Span.of(serves, Style.HINT)),
                Optional.of(s -> Step.open(ContactDetailView.load(t.contact().id(), s))), Optional.empty(),
                here -> TouchKeys.bindings(t, here));
    }
}
