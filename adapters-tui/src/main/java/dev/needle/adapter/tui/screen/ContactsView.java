package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Assignable;
import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Cursor;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.MineOrAll;
import dev.needle.adapter.tui.core.Screen;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.form.EditKeys;
import dev.needle.adapter.tui.form.EditLine;
import dev.needle.domain.Contact;
import dev.needle.domain.Namesakes;
import dev.needle.domain.English;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Screen 3: contacts by name, narrowed as you type after {@code /} (over name, company, role, tags,
 * notes). The same list serves as a picker when another screen needs a person.
 */
public record ContactsView(List<Contact> contacts, Cursor cursor, String filter, boolean filtering,
                           Optional<Pick> pick, String prompt, ContactOrder order, int filterCursor)
        implements View, MineOrAll, Assignable {
    public static final String NAME = Screen.CONTACTS.title();
    /** Enough rows for any screen; the index answers far more in well under a keystroke's time. */
    static final int LIMIT = 500;

    /** What choosing a contact in picker mode does. */
    public interface Pick extends BiFunction<Contact, Session, Step> {
    }

    public ContactsView {
        contacts = List.copyOf(contacts);
        pick = pick == null ? Optional.empty() : pick;
        filterCursor = new EditLine(filter, filterCursor).cursor();
    }

    /** With the cursor at the end of the filter, where typing goes when the filter is opened again. */
    public ContactsView(List<Contact> contacts, Cursor cursor, String filter, boolean filtering, Optional<Pick> pick,
                        String prompt, ContactOrder order) {
        this(contacts, cursor, filter, filtering, pick, prompt, order, filter.length());
    }

    public static ContactsView load(Session session) {
        return search(session, "", Optional.empty(), "");
    }

    static ContactsView picking(Session session, String prompt, Pick pick) {
        return search(session, "", Optional.of(pick), prompt);
    }

    private static ContactsView search(Session session, String filter, Optional<Pick> pick, String prompt) {
        List<Contact> found = MineLists.search(session, filter, LIMIT);
        return new ContactsView(found, Cursor.over(found.size()), filter, false, pick, prompt, ContactOrder.NAME);
    }

    @Override
    public String name() {
        return pick.isPresent() ? "Pick a contact" : NAME;
    }

    @Override
    public boolean capturesText() {
        return filtering;
    }

    @Override
    public List<Binding> bindings() {
        if (filtering) {
            List<Binding> typing = new java.util.ArrayList<>(List.of(Binding.typing("to filter", this::typeFilter),
                    Binding.on("Enter", "keep filter", this::typeFilter), Binding.on("Esc", "clear filter", this::typeFilter),
                    Binding.on("↑/↓", "move", this::typeFilter).helpOnly()));
            typing.addAll(EditKeys.bindings(filterLine(), true, "clear what was typed", this::typeFilter));
            return typing;
        }
        Optional<Contact> contact = selected();
        boolean listing = pick.isEmpty();
        Binding nextMatch = Binding.on("n/N", "next/previous", (k, s) -> Step.stay(new ContactsView(contacts,
                cursor.at(cursor.index() + (k.is('n') ? 1 : -1)), filter, false, pick, prompt, order)));
        return Binding.list(cursor.keys(c -> new ContactsView(contacts, c, filter, false, pick, prompt, order)),
                Binding.on("Enter", listing ? "details" : "pick", (k, s) -> pick.isPresent() ? pick.get().apply(contact.get(), s)
                        : Step.open(ContactDetailView.load(contact.get().id(), s))).when(contact.isPresent()),
                Binding.on("/", "filter", (k, s) -> Step.stay(new ContactsView(contacts, cursor, filter, true, pick, prompt, order))),
                // A kept filter is let go of with Esc, as while typing it; without one Esc goes back as before.
                Binding.on("Esc", "clear filter", (k, s) -> Step.stay(search(s, "", pick, prompt).reordered(order)))
                        .when(!filter.isEmpty()),
                listing ? nextMatch.helpOnly() : nextMatch,
                Binding.on("a", "capture", (k, s) -> Step.open(ContactForms.capture())).when(listing),
                // The list holds the index's listed copies: the form edits the whole contact, read now.
                Binding.on("e", "edit", (k, s) -> Step.open(ContactForms.edit(
                        s.useCases().viewContact().contact(contact.get().id()), s))).when(listing && contact.isPresent()),
                Binding.on("t", "new meeting request", (k, s) -> TriageFlow.start(contact.get(), s))
                        .when(listing && contact.isPresent()),
                Binding.on("d", "delete", (k, s) -> delete(contact.get())).when(listing && contact.isPresent()),
                Binding.on("D", "duplicates", (k, s) -> Step.open(DuplicatesView.load(s))).when(listing).helpOnly(),
                Binding.on("o", "sort by " + order.next().label(),
                        (k, s) -> Step.stay(reordered(order.next())).say("Sorted by " + order.next().label() + ".")));
    }

    /** {@code >} gives the selected person to a teammate, as their owner. */
    @Override
    public Optional<Giving> giving() {
        return pick.isPresent() ? Optional.empty() : selected().map(Givings::owner);
    }

    public Optional<Contact> selected() {
        return cursor.isEmpty() ? Optional.empty() : Optional.of(contacts.get(cursor.index()));
    }

    private Step delete(Contact c) {
            return Step.stay(this).ask("Delete " + c.name() + " with their interactions and requests? y/N", s -> {
                var removed = s.useCases().week().deleteContact().delete(c.id());
                Undo.deleted(s, removed);
                return Step.stay(refreshed(s)).say(English.sentence("Deleted " + c.name()) + " u brings them back.");
            });
    }

    /** The same rows in another order; the search itself always answers by name. */
    ContactsView reordered(ContactOrder newOrder) {
        List<Contact> byName = contacts.stream()
                .sorted(java.util.Comparator.comparing(c -> c.name().toLowerCase(java.util.Locale.ROOT))).toList();
        return new ContactsView(newOrder.sort(byName), Cursor.over(contacts.size()), filter, filtering, pick, prompt, newOrder,
                filterCursor);
    }

    private Step typeFilter(Key key, Session session) {
        if (key.is(Key.Type.ENTER)) {
            return Step.stay(new ContactsView(contacts, cursor, filter, false, pick, prompt, order));
        }
        if (key.is(Key.Type.ESCAPE)) {
            return Step.stay(search(session, "", pick, prompt).reordered(order));
        }
        if (key.is(Key.Type.DOWN) || key.is(Key.Type.UP)) {
            return Step.stay(new ContactsView(contacts, cursor.move(key, 1).orElse(cursor), filter, true, pick, prompt, order,
                    filterCursor));
        }
        EditLine next = filterLine().after(key).orElse(filterLine());
        if (next.text().equals(filter)) {
            // Only the cursor moved: the same rows, the same selection.
            return Step.stay(new ContactsView(contacts, cursor, filter, true, pick, prompt, order, next.cursor()));
        }
        List<Contact> found = order.sort(MineLists.search(session, next.text(), LIMIT));
        return Step.stay(new ContactsView(found, Cursor.over(found.size()), next.text(), true, pick, prompt, order,
                next.cursor()));
    }

    private EditLine filterLine() {
        return new EditLine(filter, filterCursor);
    }

    @Override
    public View refreshed(Session session) {
        // Another session's change reloads this list too: the selection stays on the same person and a
        // filter being typed stays open with its text.
        List<Contact> found = order.sort(MineLists.search(session, filter, LIMIT));
        return new ContactsView(found, cursor.following(contacts, found, Contact::id), filter, filtering, pick, prompt,
                order, filterCursor);
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> lines = new ArrayList<>();
        if (!prompt.isEmpty()) {
            lines.add(Line.of(prompt, Style.HEADLINE));
        }
        if (filtering || !filter.isEmpty()) {
            lines.add(FilterLine.of(filterLine(), filtering, "   " + contacts.size() + " found", width));
        }
        List<Contact> shown = Rows.window(contacts, cursor, height - lines.size());
        // People of one name, company and role show what tells them apart (their email or phone).
        Namesakes namesakes = Namesakes.among(contacts);
        int[] widths = Rows.fit(width, 2, new int[] {
            Rows.widest("Name", shown.stream().map(namesakes::listedName)),
            Rows.widest("Company", shown.stream().map(Contact::company)),
            Rows.widest("Role", shown.stream().map(Contact::role)),
            Rows.widest("Stage", java.util.Arrays.stream(dev.needle.domain.Stage.values()).map(s -> s.label()))},
            new int[] {12, 8, 6, 9});
        int name = widths[0];
        int company = widths[1];
        int role = widths[2];
        int stage = widths[3];
        lines.addAll(Rows.list(contacts, cursor, height - lines.size(),
                List.of(Rows.head("Name", name), Rows.head("Company", company), Rows.head("Role", role),
                        Rows.head("Stage", stage)),
                filter.isEmpty() ? "Nobody yet. Press a to capture the people you met." : "Nobody matches \"" + filter + "\".",
                c -> List.of(Span.column(namesakes.listedName(c), name, Style.NORMAL), Span.column(c.company(), company, Style.NORMAL),
                        Span.column(c.role(), role, Style.NORMAL),
                        Span.column(c.stage().label(), stage, c.isClosed() ? Style.DIM : Style.NORMAL))));
        return lines;
    }
}
