package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Cursor;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.KeyHint;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.application.port.in.GetTodayUseCase.Meeting;
import dev.needle.application.port.in.GetTodayUseCase.Today;
import dev.needle.domain.AfterEvent;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.Contact;
import dev.needle.domain.Need;
import dev.needle.domain.NeedProgress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Screen 1: the day at a glance. Sections of items (follow-ups, people to decide on, requests to
 * triage, this week's meetings, budget bars, needs); j/k walk the items and Enter opens each where it
 * is handled. Follow-up keys work right here on a selected person.
 */
public record TodayView(List<Entry> entries, Cursor cursor) implements View {
    public static final String NAME = "Today";
    private static final int BAR = 20;

    /** One row: a section heading (no action) or an item that opens somewhere; {@code contact} for follow-up keys. */
    public record Entry(List<Span> spans, Optional<Function<Session, Step>> open, Optional<Contact> contact) {
        static Entry heading(String text) {
            return new Entry(List.of(Span.of(text, Style.HEADLINE)), Optional.empty(), Optional.empty());
        }

        static Entry note(String text) {
            return new Entry(List.of(Span.of("  " + text, Style.DIM)), Optional.empty(), Optional.empty());
        }

        static Entry item(List<Span> spans, Function<Session, Step> open) {
            return new Entry(spans, Optional.of(open), Optional.empty());
        }

        static Entry person(List<Span> spans, Contact contact) {
            return new Entry(spans, Optional.of(s -> Step.open(ContactDetailView.load(contact.id(), s))),
                    Optional.of(contact));
        }

        boolean selectable() {
            return open.isPresent();
        }
    }

    public TodayView {
        entries = List.copyOf(entries);
    }

    public static TodayView load(Session session) {
        List<Entry> entries = entries(session.useCases().week().today().today());
        return new TodayView(entries, Cursor.over(selectable(entries).size()));
    }

    private static List<Entry> entries(Today today) {
        List<Entry> rows = new ArrayList<>();
        rows.add(Entry.heading("Follow-ups"));
        LocalDate date = today.date();
        List<Contact> due = new ArrayList<>(today.followUps().overdue());
        due.addAll(today.followUps().dueToday());
        due.addAll(today.followUps().thisWeek());
        if (due.isEmpty()) {
            rows.add(Entry.note("Nothing due this week."));
        }
        for (Contact c : due) {
            LocalDate on = c.nextFollowUp().orElse(date);
            String when = on.isBefore(date) ? "overdue " + on : on.equals(date) ? "today" : on.toString();
            rows.add(Entry.person(List.of(Span.column("  " + when, 22, on.isBefore(date) ? Style.ERROR : Style.NORMAL),
                    Span.of(c.name())), c));
        }
        if (!today.undecided().isEmpty()) {
            rows.add(Entry.heading("After events"));
            for (Contact c : today.undecided()) {
                rows.add(Entry.person(List.of(Span.column("  " + c.name(), 30, Style.NORMAL),
                        Span.of(AfterEvent.DECISION, Style.HINT)), c));
            }
        }
        rows.add(Entry.heading("Requests waiting for triage"));
        if (today.waiting().isEmpty()) {
            rows.add(Entry.note("None waiting."));
        }
        for (Meeting m : today.waiting()) {
            rows.add(Entry.item(List.of(Span.column("  " + m.contact().name(), 30, Style.NORMAL),
                    Span.of(m.request().ask(), Style.DIM)), s -> Step.open(TriageView.load(m.contact(), m.request(), s))));
        }
        rows.add(Entry.heading("Meetings this week"));
        if (today.scheduledThisWeek().isEmpty()) {
            rows.add(Entry.note("None scheduled."));
        }
        for (Meeting m : today.scheduledThisWeek()) {
            var at = m.request().schedule().orElseThrow();
            rows.add(Entry.item(List.of(Span.column("  " + at.at().toLocalDate() + " " + at.at().toLocalTime(), 22,
                    Style.NORMAL), Span.column(m.contact().name(), 24, Style.NORMAL), Span.of(at.place(), Style.DIM)),
                    s -> Step.open(ContactDetailView.load(m.contact().id(), s))));
        }
        rows.add(Entry.heading("Budget"));
        rows.addAll(budget(today.budget()));
        rows.add(Entry.heading("Needs"));
        NeedProgress needs = today.needs();
        rows.add(Entry.item(List.of(Span.of("  " + needs.open() + " open · " + needs.inProgress() + " in progress · "
                + needs.met() + " met")), s -> Step.reset(NeedsView.load(s))));
        for (Need n : needs.topOpen()) {
            rows.add(Entry.item(List.of(Span.column("  " + n.priority() + ". " + n.title(), 50, Style.NORMAL),
                    Span.of(n.status().label(), Style.DIM)), s -> Step.open(NeedDetailView.load(n, s))));
        }
        return rows;
    }

    private static List<Entry> budget(Optional<BudgetStatus> status) {
        Function<Session, Step> open = s -> Step.open(BudgetView.load(s));
        if (status.isEmpty()) {
            return List.of(Entry.item(List.of(Span.of("  No budget set; Enter to set one.", Style.DIM)), open));
        }
        BudgetStatus b = status.get();
        return List.of(
                Entry.item(List.of(Span.column("  Hours this week", 20, Style.LABEL),
                        Span.of(bar(b.minutesThisWeek(), b.budget().weeklyMinutes()) + " "
                                + BudgetStatus.hours(b.minutesThisWeek()) + " of "
                                + BudgetStatus.hours(b.budget().weeklyMinutes()) + " h")), open),
                Entry.item(List.of(Span.column("  Money this month", 20, Style.LABEL),
                        Span.of(bar(b.moneyThisMonth().cents(), b.budget().monthlyMoney().cents()) + " "
                                + b.moneyThisMonth() + " of " + b.budget().monthlyMoney())), open));
    }

    /** A bar of {@value #BAR} cells, full at the budget; anything over the budget shows as a full bar with "!". */
    static String bar(long used, long limit) {
        if (limit <= 0) {
            return "[" + " ".repeat(BAR) + "]";
        }
        int filled = (int) Math.min(BAR, Math.round((double) used * BAR / limit));
        return "[" + "█".repeat(filled) + "·".repeat(BAR - filled) + "]" + (used > limit ? "!" : "");
    }

    private static List<Entry> selectable(List<Entry> entries) {
        return entries.stream().filter(Entry::selectable).toList();
    }

    Optional<Entry> selected() {
        List<Entry> items = selectable(entries);
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(cursor.index()));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<KeyHint> hints() {
        List<KeyHint> hints = new ArrayList<>(List.of(KeyHint.of("Enter", "open")));
        if (selected().flatMap(Entry::contact).isPresent()) {
            hints.addAll(FollowUpKeys.HINTS);
        }
        hints.add(KeyHint.of("r", "requests"));
        hints.add(KeyHint.of("D", "direction"));
        return hints;
    }

    @Override
    public Step handle(Key key, Session session) {
        Optional<Cursor> moved = cursor.move(key, session.pageSize());
        if (moved.isPresent()) {
            return Step.stay(new TodayView(entries, moved.get()));
        }
        if (key.is('r')) {
            return Step.open(RequestsView.load(session));
        }
        if (key.is('D')) {
            return Step.open(DirectionView.load(session));
        }
        Optional<Entry> entry = selected();
        if (entry.isEmpty()) {
            return Step.unhandled();
        }
        if (key.is(Key.Type.ENTER)) {
            return entry.get().open().orElseThrow().apply(session);
        }
        if (entry.get().contact().isPresent()) {
            return FollowUpKeys.handle(key, entry.get().contact().get(), this, session).orElse(Step.unhandled());
        }
        return Step.unhandled();
    }

    @Override
    public View refreshed(Session session) {
        TodayView fresh = load(session);
        return new TodayView(fresh.entries, cursor.resized(fresh.cursor.size()));
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> lines = new ArrayList<>();
        int selectedRow = 0;
        int item = 0;
        for (Entry e : entries) {
            boolean selected = e.selectable() && item++ == cursor.index() && !cursor.isEmpty();
            if (selected) {
                selectedRow = lines.size();
                lines.add(Line.of(e.spans().stream().map(s -> new Span(s.text(), Style.SELECTED, s.width())).toList(),
                        Style.SELECTED));
            } else {
                lines.add(Line.of(e.spans(), Style.NORMAL));
            }
        }
        if (lines.size() <= height) {
            return lines;
        }
        // Too tall for the window: show the part around the selection.
        int top = new Cursor(selectedRow, lines.size()).top(height);
        return lines.subList(top, Math.min(lines.size(), top + height));
    }
}
