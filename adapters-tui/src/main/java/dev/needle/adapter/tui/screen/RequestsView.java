package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Assignable;
import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Cursor;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.MineOrAll;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.domain.Contact;
import dev.needle.domain.MeetingRequest;
import java.util.List;
import java.util.Optional;

/**
 * Opened from Today (r) and the palette: meeting requests still waiting for an answer, oldest first;
 * Enter triages one.
 */
public record RequestsView(List<Pending> pending, Cursor cursor) implements View, MineOrAll, Assignable {
    /** A request with the person who made it, so the list can show a name. */
    public record Pending(MeetingRequest request, Contact contact) {
    }

    public RequestsView {
        pending = List.copyOf(pending);
    }

    static RequestsView load(Session session) {
        List<Pending> rows = session.useCases().listPendingRequests().pendingRequests().stream()
                .map(r -> new Pending(r, session.useCases().viewContact().contact(r.contact())))
                .toList();
        rows = MineLists.keep(session, rows, (whose, p) -> whose.meets(p.request()));
        return new RequestsView(rows, Cursor.over(rows.size()));
    }

    @Override
    public String name() {
        return "Requests";
    }

    @Override
    public List<Binding> bindings() {
        return Binding.list(cursor.keys(c -> new RequestsView(pending, c)),
                Binding.on("Enter/t", "triage", (k, s) -> {
                    Pending p = pending.get(cursor.index());
                    return Step.open(TriageView.load(p.contact(), p.request(), s));
                }).when(!pending.isEmpty()));
    }

    /** {@code >} gives the selected request's meeting to a teammate: the one who would go. */
    @Override
    public Optional<Giving> giving() {
        return pending.isEmpty() ? Optional.empty()
                : Optional.of(Givings.meeting(pending.get(cursor.index()).request(), pending.get(cursor.index()).contact()));
    }

    @Override
    public View refreshed(Session session) {
        RequestsView fresh = load(session);
        return new RequestsView(fresh.pending, cursor.following(pending, fresh.pending, p -> p.request().id()));
    }

    /** "coffee, Tue Mar 24, 15:00": the way they asked to meet, and the day when they proposed one. */
    private static String asked(MeetingRequest request) {
        return request.format().label() + ProposedDay.of(request).map(day -> ", " + day).orElse("");
    }

    @Override
    public List<Line> body(int width, int height) {
        var shown = Rows.window(pending, cursor, height);
        int[] widths = Rows.fit(width, 3, new int[] {10, Rows.widest("Who", shown.stream().map(p -> p.contact().name())),
            Rows.widest("Format", shown.stream().map(p -> asked(p.request()))),
            Rows.widest("What", shown.stream().map(p -> p.request().ask()))}, new int[] {10, 10, 6, 8});
        int who = widths[1];
        int format = widths[2];
        int ask = widths[3];
        return Rows.list(pending, cursor, height,
                List.of(Rows.head("Asked on", 10), Rows.head("Who", who), Rows.head("Format", format), Rows.head("What", ask)),
                "No requests waiting. Press t on a contact when someone asks to meet.",
                p -> List.of(Span.column(p.request().requestedOn().toString(), 10, Style.NORMAL),
                        Span.column(p.contact().name(), who, Style.NORMAL),
                        Span.column(asked(p.request()), format, Style.NORMAL),
                        Span.column(p.request().ask(), ask, Style.NORMAL)));
    }
}
