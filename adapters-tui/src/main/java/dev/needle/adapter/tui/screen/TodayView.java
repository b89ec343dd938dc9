package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Cursor;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.MineOrAll;
import dev.needle.adapter.tui.core.Screen;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.screen.TodayRows.Entry;
import dev.needle.adapter.tui.screen.TodayRows.Section;
import dev.needle.application.port.in.GetTodayUseCase.EventsAhead;
import dev.needle.application.port.in.GetTodayUseCase.Meeting;
import dev.needle.application.port.in.GetTodayUseCase.Today;
import dev.needle.application.port.in.MyTodayUseCase.MyDay;
import dev.needle.domain.AfterEvent;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.Contact;
import dev.needle.domain.Namesakes;
import dev.needle.domain.Event;
import dev.needle.domain.Need;
import dev.needle.domain.NeedProgress;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Screen 1: the day at a glance. Sections of items (the events of today and tomorrow, follow-ups, the
 * events of the rest of the week, people to decide on, requests to triage, this week's meetings, budget bars, needs); j/k walk the items and Enter
 * opens each where it is handled. Follow-up keys work right here on a selected person, and the Events
 * screen's keys on a selected event.
 */
public record TodayView(TodayRows rows, Cursor cursor) implements View, MineOrAll {
    public static final String NAME = Screen.TODAY.title();

    /** Wide enough for "  tomorrow at 12:30 pm", the longest start of an event today or tomorrow. */
    private static final int EVENT_WHEN = 22;

    /**
     * Today as read now. While the events ahead and the people awaiting a decision are not read yet, and
     * what comes above their sections fills the first screen, that screen is drawn without them
     * ({@link TodayAhead}).
     */
    public static View load(Session session) {
        MyDay day = session.useCases().mine().today().myDay();
        TeamToday team = new TeamToday(day, session.scope().mineOnly());
        Today today = day.today();
        List<Section> above = above(today, LosingTouchRows.sections(session), team);
        List<Section> below = below(today, team);
        if (today.awaitingDecision().arrived() && today.eventsAhead().arrived()) {
            return whole(above, today, below);
        }
        TodayView without = over(above);
        return without.rows.items() >= TodayAhead.ITEMS_TO_STAND_IN
                // Only the undecided's read starts with the first frame: a second thread started while it is
                // drawn made it later on JDK 17 (docs/performance.md, today-events); the events' starts with
                // the whole day, at the first key.
                ? new TodayAhead(without, () -> whole(above, today, below).onFirstOfAbove(today),
                today.awaitingDecision()::begin)
                : whole(above, today, below);
    }

    /** Today as read now, the events and the undecided included: waits for them. */
    static TodayView loadWhole(Session session) {
        View loaded = load(session);
        return loaded instanceof TodayAhead ahead ? ahead.whole() : (TodayView) loaded;
    }

    /**
     * The whole day: an event of today or tomorrow is the most pressing thing on it, so those come first,
     * above the follow-ups; the rest of the week's events below them, where they were.
     */
    private static TodayView whole(List<Section> above, Today today, List<Section> below) {
        List<Section> sections = new ArrayList<>();
        soonEvents(today).ifPresent(sections::add);
        sections.addAll(above);
        laterEvents(today).ifPresent(sections::add);
        undecided(today).ifPresent(sections::add);
        sections.addAll(below);
        return over(sections);
    }

    /**
     * The whole day with the first item of the follow-ups' part selected, as the stand-in had it: the key
     * that brought the whole day lands where it would have, the events of today and tomorrow above it.
     */
    private TodayView onFirstOfAbove(Today today) {
        return new TodayView(rows, cursor.at(soonEvents(today).map(s -> s.items().size()).orElse(0)));
    }

    private static TodayView over(List<Section> sections) {
        TodayRows rows = new TodayRows(sections);
        return new TodayView(rows, Cursor.over(rows.items()));
    }

    /** The sections above the people awaiting a decision: the follow-ups and those losing touch. */
    private static List<Section> above(Today today, List<Section> besideFollowUps, TeamToday team) {
        List<Section> sections = new ArrayList<>();
        LocalDate date = today.date();
        List<Contact> due = new ArrayList<>(today.followUps().overdue());
        due.addAll(today.followUps().dueToday());
        due.addAll(today.followUps().thisWeek());
        // Two people of one name are told apart by their company: the row has no column for it.
        Namesakes names = Namesakes.among(due);
        Function<Contact, Entry> dueRow = c -> {
            LocalDate on = c.nextFollowUp().orElse(date);
            String when = on.isBefore(date) ? "overdue " + on : on.equals(date) ? "today" : on.toString();
            return Entry.person(List.of(Span.column("  " + when, 22, on.isBefore(date) ? Style.ERROR : Style.NORMAL),
                    Span.of(names.nameOf(c))), c);
        };
        List<Entry> dueRows = new ArrayList<>(TodayRows.lazily(due, dueRow));
        if (today.overdueNotShown() > 0) {
            // The oldest are listed; the rest wait on the Follow-ups screen, one Enter away.
            dueRows.add(moreOnFollowUps(today.overdueNotShown() + " more overdue"));
        }
        sections.addAll(team.followUps(Section.of(Entry.heading("Follow-ups"), dueRows, Entry.note("Nothing due this week.")),
                dueRow));
        sections.addAll(besideFollowUps);
        return sections;
    }

    /**
     * The events of today and tomorrow, when there are any: waits for them. Each says when it starts, where,
     * and how many are expected there; one of today's that is over says capturing comes next. Enter or p
     * opens its prep sheet and c captures people there, as on the Events screen.
     */
    private static Optional<Section> soonEvents(Today today) {
        return eventSection(today, true, "Events, today and tomorrow");
    }

    /** The events after tomorrow, to a week ahead, below the follow-ups. */
    private static Optional<Section> laterEvents(Today today) {
        return eventSection(today, false, "Events, the next " + EventsAhead.DAYS + " days");
    }

    private static Optional<Section> eventSection(Today today, boolean soon, String heading) {
        EventsAhead ahead = today.eventsAhead().get();
        LocalDate tomorrow = today.date().plusDays(1);
        List<Event> events = ahead.events().stream().filter(e -> !e.date().isAfter(tomorrow) == soon).toList();
        if (events.isEmpty()) {
            return Optional.empty();
        }
        List<Entry> rows = TodayRows.lazily(events, e -> eventRow(e, today.date(), ahead.seenAt()));
        return Optional.of(Section.of(Entry.heading(heading), rows));
    }

    private static Entry eventRow(Event event, LocalDate date, LocalDateTime now) {
        boolean over = event.isOverAt(now);
        String expected = event.expected().isEmpty() ? "none expected" : event.expected().size() + " expected";
        Function<Session, Step> prep = s -> Step.open(PrepSheetView.load(event.id(), s));
        return new Entry(List.of(Span.column("  " + event.startsFrom(date).orElseGet(() -> EventsView.when(event, date)),
                        EVENT_WHEN, Style.NORMAL), Span.column(event.name(), 26, Style.NORMAL),
                Span.column(event.place(), 16, Style.DIM), over ? Span.of("over: press c", Style.HINT) : Span.of(expected, Style.DIM)),
                Optional.of(prep), Optional.empty(), here -> List.of(
                        Binding.on("p", "prep sheet", (k, s) -> prep.apply(s)),
                        Binding.on("c", "capture people met", (k, s) -> Step.open(CaptureMode.start(event,
                                s.useCases().week().today().date())))));
    }

    /** The people awaiting a decision, when there are any: waits for them. */
    private static Optional<Section> undecided(Today today) {
        if (today.undecided().isEmpty()) {
            return Optional.empty();
        }
        List<Entry> undecidedRows = new ArrayList<>(TodayRows.lazily(today.undecided(), c -> Entry.person(List.of(
                Span.column("  " + c.name(), 30, Style.NORMAL), Span.of(AfterEvent.DECISION, Style.HINT)), c)));
        if (today.undecidedNotShown() > 0) {
            undecidedRows.add(moreOnFollowUps(today.undecidedNotShown() + " more awaiting a decision"));
        }
        return Optional.of(Section.of(Entry.heading("After events (" + today.undecidedTotal() + ")"), undecidedRows));
    }

    /** The sections below the people awaiting a decision: requests, meetings, the budget and the needs. */
    private static List<Section> below(Today today, TeamToday team) {
        List<Section> sections = new ArrayList<>();
        Function<Meeting, Entry> waitingRow = m -> Entry.item(List.of(Span.column("  " + m.contact().name(), 30,
                Style.NORMAL), Span.of(ProposedDay.of(m.request()).map(day -> day + " · ").orElse("")
                + (m.request().ask().isEmpty() ? m.request().format().withArticle() : m.request().ask()),
                Style.DIM)), s -> Step.open(TriageView.load(m.contact().id(), m.request(), s)));
        sections.addAll(team.waiting(Section.of(Entry.heading("Requests waiting for triage"),
                TodayRows.lazily(today.waiting(), waitingRow), Entry.note("None waiting.")), waitingRow));
        Function<Meeting, Entry> meetingRow = m -> {
            var at = m.request().schedule().orElseThrow();
            return Entry.item(List.of(Span.column("  " + at.at().toLocalDate() + " " + at.at().toLocalTime(), 22,
                    Style.NORMAL), Span.column(m.contact().name(), 24, Style.NORMAL), Span.of(at.place(), Style.DIM)),
                    s -> Step.open(ContactDetailView.load(m.contact().id(), s)));
        };
        sections.addAll(team.meetings(Section.of(Entry.heading("Meetings this week"),
                TodayRows.lazily(today.scheduledThisWeek(), meetingRow), Entry.note("None scheduled.")), meetingRow));
        sections.add(Section.of(Entry.heading("Budget"), budget(today.budget())));
        List<Entry> needRows = new ArrayList<>();
        NeedProgress needs = today.needs();
        needRows.add(Entry.item(List.of(Span.of("  " + needs.open() + " open · " + needs.inProgress() + " in progress · "
                + needs.met() + " met")), s -> Step.reset(NeedsView.load(s))));
        if (needs.topOpen().isEmpty()) {
            // The article's first advice: know what you need. Nothing else here can match until you do.
            needRows.add(Entry.item(List.of(Span.of("  Write down what you need first — press " + Screen.NEEDS.number(),
                    Style.HINT)), s -> Step.reset(NeedsView.load(s))));
        }
        for (Need n : needs.topOpen()) {
            // No fixed width: a long title runs on while the row has room, the status right after it.
            needRows.add(Entry.item(List.of(Span.of("  " + n.priority() + ". " + n.title() + "  ", Style.NORMAL),
                    Span.of(n.status().label(), Style.DIM)), s -> Step.open(NeedDetailView.load(n, s))));
        }
        sections.add(Section.of(Entry.heading("Needs"), needRows));
        return sections;
    }

    /** A row saying how many more the Follow-ups screen lists; Enter opens it. */
    private static Entry moreOnFollowUps(String count) {
        return Entry.item(List.of(Span.of("  … " + count + ": Enter or " + Screen.FOLLOW_UPS.number() + " lists them all", Style.DIM)),
                s -> Step.reset(FollowUpsView.load(s)));
    }

    private static List<Entry> budget(Optional<BudgetStatus> status) {
        Function<Session, Step> open = s -> Step.open(BudgetView.load(s));
        if (status.isEmpty()) {
            return List.of(Entry.item(List.of(Span.of("  No budget set; Enter to set one.", Style.DIM)), open));
        }
        BudgetStatus b = status.get();
        Style hours = b.hoursOver() ? Style.ERROR : Style.NORMAL;
        Style money = b.moneyOver() ? Style.ERROR : Style.NORMAL;
        return List.of(
                Entry.item(List.of(Span.column("  Hours this week", 20, Style.LABEL),
                        Span.of(BudgetBar.of(b.minutesThisWeek(), b.minutesBooked(), b.budget().weeklyMinutes()), hours),
                        Span.of(" " + BudgetStatus.hours(b.minutesThisWeek()) + " of "
                                + BudgetStatus.hours(b.budget().weeklyMinutes()) + " h"
                                + (b.minutesBooked() == 0 ? "" : ", " + BudgetStatus.hours(b.minutesBooked()) + " h booked")),
                        Span.of(b.hoursOver() ? ", " + BudgetStatus.hours(b.minutesOver()) + " h over" : "", hours)), open),
                Entry.item(List.of(Span.column("  Money this month", 20, Style.LABEL),
                        Span.of(BudgetBar.of(b.moneyThisMonth().cents(), b.moneyBooked().cents(),
                                b.budget().monthlyMoney().cents()), money),
                        Span.of(" " + b.moneyThisMonth() + " of " + b.budget().monthlyMoney()
                                + (b.moneyBooked().isZero() ? "" : ", " + b.moneyBooked() + " booked")),
                        Span.of(b.moneyOver() ? ", " + b.moneyOverBy() + " over" : "",
                                money)), open));
    }

    Optional<Entry> selected() {
        return cursor.isEmpty() ? Optional.empty() : Optional.of(rows.item(cursor.index()));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Binding> bindings() {
        Optional<Entry> entry = selected();
        List<Binding> bindings = new ArrayList<>(Binding.list(cursor.keys(c -> new TodayView(rows, c)),
                Binding.on("Enter", "open", (k, s) -> entry.get().open().orElseThrow().apply(s)).when(entry.isPresent())));
        entry.ifPresent(e -> bindings.addAll(e.keys().apply(this)));
        bindings.add(Binding.on("r", "requests", (k, s) -> Step.open(RequestsView.load(s))));
        bindings.add(Binding.on("D", "direction", (k, s) -> Step.open(DirectionView.load(s))));
        return bindings;
    }

    @Override
    public View refreshed(Session session) {
        TodayView fresh = loadWhole(session);
        return new TodayView(fresh.rows, cursor.resized(fresh.cursor.size()));
    }

    /** Only the rows in the window are made, around the selection as the list scrolls. */
    @Override
    public List<Line> body(int width, int height) {
        int total = rows.size();
        int selectedRow = cursor.isEmpty() ? -1 : rows.rowOf(cursor.index());
        int top = total <= height ? 0 : new Cursor(Math.max(0, selectedRow), total).top(height);
        List<Line> lines = new ArrayList<>();
        for (int row = top; row < Math.min(total, top + height); row++) {
            Entry e = rows.row(row);
            if (row == selectedRow) {
                lines.add(Line.of(e.spans().stream().map(s -> new Span(s.text(), Style.SELECTED, s.width())).toList(),
                        Style.SELECTED));
            } else {
                lines.add(Line.of(e.spans(), Style.NORMAL));
            }
        }
        return lines;
    }
}
