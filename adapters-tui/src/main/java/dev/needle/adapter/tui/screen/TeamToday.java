package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.screen.TodayRows.Entry;
import dev.needle.adapter.tui.screen.TodayRows.Section;
import dev.needle.application.port.in.GetTodayUseCase.Meeting;
import dev.needle.application.port.in.MyTodayUseCase.MyDay;
import dev.needle.domain.Contact;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Today's follow-ups, requests waiting for triage and meetings when a team shares the database: one's
 * own first, then the team's
 * with who has each, {@code >} on any of them giving it to a teammate. With the Mine/All switch on
 * mine, the team's are left out. Alone, the sections stay exactly as they were.
 */
final class TeamToday {
    private final MyDay day;
    private final boolean mineOnly;

    TeamToday(MyDay day, boolean mineOnly) {
        this.day = day;
        this.mineOnly = mineOnly;
    }

    /** The follow-ups section as made for one person, or it split into mine and the team's. */
    List<Section> followUps(Section all, Function<Contact, Entry> row) {
        if (!day.shared()) {
            return List.of(all);
        }
        List<Entry> mine = new ArrayList<>(TodayRows.lazily(day.myFollowUps(), c -> withGive(row.apply(c), c, "")));
        List<Entry> theirs = new ArrayList<>(TodayRows.lazily(day.teamFollowUps(),
                c -> withGive(row.apply(c), c, day.whose().followUp(c.id()).name())));
        // Rows after the people (how many more are overdue) stay at the end of what is shown.
        List<Entry> after = all.items().subList(Math.min(all.items().size(), mine.size() + theirs.size()), all.items().size());
        List<Section> sections = new ArrayList<>();
        if (mineOnly || theirs.isEmpty()) {
            mine.addAll(after);
        } else {
            theirs.addAll(after);
        }
        sections.add(Section.of(Entry.heading("My follow-ups"), mine, Entry.note("Nothing due this week.")));
        if (!mineOnly && !theirs.isEmpty()) {
            sections.add(Section.of(Entry.heading("The team's follow-ups"), theirs));
        }
        return sections;
    }

    /**
     * The requests waiting for triage as made for one person, or split into mine and the team's: a
     * request is whoever's its meeting is (absent a giving, the contact's owner's).
     */
    List<Section> waiting(Section all, Function<Meeting, Entry> row) {
        if (!day.shared()) {
            return List.of(all);
        }
        List<Meeting> mine = new ArrayList<>();
        List<Meeting> theirs = new ArrayList<>();
        day.today().waiting().forEach(m -> (day.whose().meets(m.request()) ? mine : theirs).add(m));
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of(Entry.heading("My requests waiting for triage"),
                TodayRows.lazily(mine, m -> meeting(row.apply(m), m, "")), Entry.note("None waiting.")));
        if (!mineOnly && !theirs.isEmpty()) {
            sections.add(Section.of(Entry.heading("The team's requests waiting for triage"), TodayRows.lazily(theirs,
                    m -> meeting(row.apply(m), m, day.whose().meeting(m.request()).name()))));
        }
        return sections;
    }

    /** This week's meetings as made for one person, or split into mine and the team's. */
    List<Section> meetings(Section all, Function<Meeting, Entry> row) {
        if (!day.shared()) {
            return List.of(all);
        }
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of(Entry.heading("My meetings this week"),
                TodayRows.lazily(day.myMeetings(), m -> meeting(row.apply(m), m, "")), Entry.note("None scheduled.")));
        if (!mineOnly && !day.teamMeetings().isEmpty()) {
            sections.add(Section.of(Entry.heading("The team's meetings this week"), TodayRows.lazily(day.teamMeetings(),
                    m -> meeting(row.apply(m), m, day.whose().meeting(m.request()).name()))));
        }
        return sections;
    }

    private static Entry withGive(Entry e, Contact c, String who) {
        Binding give = Givings.key(Givings.followUp(c));
        return new Entry(named(e.spans(), who), e.open(), e.contact(), here -> {
            // First after Enter, so the hint bar has room for it beside the follow-up keys.
            List<Binding> keys = new ArrayList<>(List.of(give));
            keys.addAll(e.keys().apply(here));
            return keys;
        });
    }

    private static Entry meeting(Entry e, Meeting m, String who) {
        Binding give = Givings.key(Givings.meeting(m.request(), m.contact().name()));
        return new Entry(named(e.spans(), who), e.open(), e.contact(), here -> {
            // First after Enter, so the hint bar has room for it beside the follow-up keys.
            List<Binding> keys = new ArrayList<>(List.of(give));
            keys.addAll(e.keys().apply(here));
            return keys;
        });
    }

    /** The row with who has it, after what it says. */
    private static List<Span> named(List<Span> spans, String who) {
        if (who.isEmpty()) {
            return spans;
        }
        List<Span> more = new ArrayList<>(spans);
        more.add(Span.of("  · " + who, Style.HINT));
        return more;
    }
}
