package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Assignable;
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
import dev.needle.adapter.tui.text.SafeText;
import dev.needle.domain.Contact;
import dev.needle.domain.FollowUps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Screen 5: follow-ups overdue, due today and due this week, in that order, then the people met at an
 * event who still wait for a decision (follow up or close kindly). Snooze, set and complete right here.
 */
public record FollowUpsView(List<Contact> due, LocalDate today, Cursor cursor) implements View, MineOrAll, Assignable {
    public FollowUpsView {
        due = List.copyOf(due);
    }

    static FollowUpsView load(Session session) {
        FollowUps followUps = session.useCases().followUps().followUpsDue();
        List<Contact> all = new ArrayList<>(followUps.overdue());
        all.addAll(followUps.dueToday());
        all.addAll(followUps.thisWeek());
        all.addAll(session.useCases().followUps().undecided());
        List<Contact> shown = MineLists.keep(session, all, (whose, c) -> whose.followsUp(c.id()));
        return new FollowUpsView(shown, followUps.today(), Cursor.over(shown.size()));
    }

    @Override
    public String name() {
        return Screen.FOLLOW_UPS.title();
    }

    @Override
    public List<Binding> bindings() {
        List<Binding> bindings = new ArrayList<>(Binding.list(cursor.keys(c -> new FollowUpsView(due, today, c)),
                Binding.on("Enter", "open contact", (k, s) -> Step.open(ContactDetailView.load(due.get(cursor.index()).id(), s)))
                        .when(!due.isEmpty())));
        if (!due.isEmpty()) {
            bindings.addAll(FollowUpKeys.bindings(due.get(cursor.index()), this));
        }
        return bindings;
    }

    /** {@code >} gives the selected follow-up to a teammate. */
    @Override
    public Optional<Giving> giving() {
        return due.isEmpty() ? Optional.empty() : Optional.of(Givings.followUp(due.get(cursor.index())));
    }

    @Override
    public View refreshed(Session session) {
        FollowUpsView fresh = load(session);
        return new FollowUpsView(fresh.due, fresh.today, cursor.following(due, fresh.due, Contact::id));
    }

    @Override
    public List<Line> body(int width, int height) {
        int[] widths = Rows.fit(width, 1, new int[] {10, Rows.widest("Who", Rows.window(due, cursor, height).stream()
                .map(Contact::name)), SafeText.width(dev.needle.domain.AfterEvent.DECISION)}, new int[] {10, 12, 12});
        int name = widths[1];
        int note = widths[2];
        return Rows.list(due, cursor, height, List.of(Rows.head("When", 10), Rows.head("Who", name), Rows.head("", note)),
                "Nothing due this week.",
                c -> {
                    if (c.nextFollowUp().isEmpty()) {
                        return List.of(Span.column("decide", 10, Style.HINT), Span.column(c.name(), name, Style.NORMAL),
                                Span.column(dev.needle.domain.AfterEvent.DECISION, note, Style.HINT));
                    }
                    LocalDate on = c.nextFollowUp().orElse(today);
                    String when = on.isBefore(today) ? "overdue" : on.equals(today) ? "today" : on.toString();
                    return List.of(Span.column(when, 10, on.isBefore(today) ? Style.ERROR : Style.NORMAL),
                            Span.column(c.name(), name, Style.NORMAL), Span.column(c.stage().label(), note, Style.DIM));
                });
    }
}
