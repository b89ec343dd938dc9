package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Cursor;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Screen;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import dev.needle.domain.InvalidValueException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Screen 4: networking events by date and time. Add and edit them, open a prep sheet before, capture
 * people after. {@code today} tells which year goes without saying in a list of dates.
 */
public record EventsView(List<Event> events, Cursor cursor, LocalDate today) implements View {
    public static final String NAME = Screen.EVENTS.title();
    /** A placeholder for a new event; the service gives it its real id. */
    private static final EventId NEW = new EventId(1);
    /** Wide enough for "Thu Dec 17, 19:00" and "Dec 17 2027, 19:00". */
    private static final int WHEN = 19;
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY_YEAR = DateTimeFormatter.ofPattern("EEE MMM d yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH);

    public EventsView {
        events = List.copyOf(events);
    }

    static EventsView load(Session session) {
        List<Event> all = session.useCases().week().planEvent().listEvents();
        return new EventsView(all, Cursor.over(all.size()), session.useCases().week().today().date());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Binding> bindings() {
        Optional<Event> event = selected();
        return Binding.list(cursor.keys(c -> new EventsView(events, c, today)),
                Binding.on("Enter/p", "prep sheet", (k, s) -> Step.open(PrepSheetView.load(event.get().id(), s)))
                        .when(event.isPresent()),
                Binding.on("a", "add", (k, s) -> Step.open(form(Optional.empty()))),
                Binding.on("e", "edit", (k, s) -> Step.open(form(event))).when(event.isPresent()),
                Binding.on("c", "capture people met", (k, s) -> Step.open(CaptureMode.start(event.get(),
                                s.useCases().week().today().date())))
                        .when(event.isPresent()));
    }

    Optional<Event> selected() {
        return cursor.isEmpty() ? Optional.empty() : Optional.of(events.get(cursor.index()));
    }

    /** The add form (empty) or the edit form of an event. */
    static FormView form(Optional<Event> editing) {
        List<Field> fields = List.of(
                Field.text("name", "Name", editing.map(Event::name).orElse(""),
                        v -> Event.plan(NEW, v, LocalDate.EPOCH, "")),
                Field.date("date", "Date", editing.map(Event::date), "date"),
                Field.time("time", "Time", editing.map(e -> e.time().shown()).orElse(""), Field.Reads.EVENT_TIME, EventTime::read),
                Field.text("place", "Place", editing.map(Event::place).orElse(""),
                        v -> Event.plan(NEW, "x", LocalDate.EPOCH, v)),
                Field.text("notes", "Notes", editing.map(Event::notes).orElse(""), null));
        return FormView.of(editing.isPresent() ? "Edit event" : "Add event", "Dates like fri, +3d, dec 12; times like 19:00, 7pm, 7-9pm or none for all day.",
                fields, (v, s) -> {
                    Event saved = s.useCases().week().planEvent().saveEvent(editing
                            .map(e -> new Event(e.id(), v.get("name"), date(v.get("date"), s), EventTime.read(v.get("time")),
                                    v.get("place"), v.get("notes"), e.expected(), e.version()))
                            .orElseGet(() -> new Event(NEW, v.get("name"), date(v.get("date"), s), EventTime.read(v.get("time")),
                                    v.get("place"), v.get("notes"), java.util.Set.of(), 0)));
                    Undo.event(s, editing, saved);
                    return Step.back().say("Saved " + saved.name() + " on " + saved.date()
                            + (saved.time().isAllDay() ? "" : " at " + saved.time().shown()) + ".");
                }).about(editing.map(e -> Drafted.about(Drafted.EVENT_EDIT, e)).orElse(Drafted.about(Drafted.EVENT_ADD)));
    }

    private static LocalDate date(String text, Session session) {
        return ContactForms.date(text, session).orElseThrow(() -> new InvalidValueException("date", "An event needs a date."));
    }

    /**
     * "Thu Dec 17, 19:00", "Thu Dec 17" all day: the day (its year only when not this one's, "Dec 17 2027,
     * 19:00") and the start; an end is on the prep sheet.
     */
    static String when(Event event, LocalDate today) {
        boolean thisYear = event.date().getYear() == today.getYear();
        String day = (thisYear ? SHORT_DAY : event.time().isAllDay() ? SHORT_DAY_YEAR : DAY_YEAR).format(event.date());
        return day + event.time().start().map(t -> ", " + t).orElse("");
    }

    @Override
    public View refreshed(Session session) {
        EventsView fresh = load(session);
        return new EventsView(fresh.events, cursor.following(events, fresh.events, Event::id), fresh.today);
    }

    @Override
    public List<Line> body(int width, int height) {
        int place = Math.max(8, width / 4);
        int name = Rows.flexible(width, WHEN, place, 10);
        return Rows.list(events, cursor, height, List.of(Rows.head("When", WHEN), Rows.head("Event", name),
                        Rows.head("Place", place), Rows.head("", 10)),
                "No events yet. Press a to add the next one you will go to.",
                e -> List.of(Span.column(when(e, today), WHEN, Style.NORMAL), Span.column(e.name(), name, Style.NORMAL),
                        Span.column(e.place(), place, Style.DIM), Span.column("", 10, Style.DIM)));
    }
}
