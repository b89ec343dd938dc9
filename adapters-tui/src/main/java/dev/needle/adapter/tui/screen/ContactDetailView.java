package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Cursor;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.text.SafeText;
import dev.needle.application.NotFoundException;
import dev.needle.application.port.in.ViewContactUseCase.ContactDetail;
import dev.needle.domain.Contact;
import dev.needle.domain.CustomLabels;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.Interaction;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.RecordKind;
import dev.needle.domain.triage.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One person: reach, where you met, offers and their needs, rapport, stage, history and requests. */
public record ContactDetailView(ContactDetail detail, Map<MeetingRequestId, Verdict> verdicts, String touch,
                                ContactTeamLines team, String privateNote, Cursor cursor, int scroll)
        implements View {
    /** The day and time a request proposed, as the events list shows a day: "Tue Mar 24, 15:00". */
    public ContactDetailView {
        verdicts = Map.copyOf(verdicts);
        scroll = Math.max(0, scroll);
    }

    /** The requests, then the interactions, are the rows j/k select and Enter opens. */
    ContactDetailView(ContactDetail detail, Map<MeetingRequestId, Verdict> verdicts, String touch, ContactTeamLines team,
                      String privateNote) {
        this(detail, verdicts, touch, team, privateNote,
                Cursor.over(detail.requests().size() + detail.interactions().size()), 0);
    }

    /** Loads the contact, and the verdict on each request still waiting, so the page can show it. */
    static ContactDetailView load(ContactId id, Session session) {
        ContactDetail detail = upcoming(session.useCases().viewContact().viewContact(id),
                session.useCases().week().today().date());
        Map<MeetingRequestId, Verdict> verdicts = new HashMap<>();
        detail.requests().stream().filter(MeetingRequest::isPending)
                .forEach(r -> verdicts.put(r.id(), session.useCases().triage().triage(r.id())));
        return new ContactDetailView(detail, verdicts, TouchLine.of(session.useCases().week().touch().keepInTouch()
                .status(id)), ContactTeamLines.of(session, detail),
                session.useCases().privateNotes().mine(id));
    }

    /** Only the events still to come say they expect this person: after one, they were met there or not. */
    private static ContactDetail upcoming(ContactDetail detail, LocalDate today) {
        return new ContactDetail(detail.contact(), detail.interactions(), detail.requests(), detail.metAt(),
                detail.expectedAt().stream().filter(e -> !e.date().isBefore(today)).toList());
    }

    /** "call offered" rather than "alternative offered": which alternative is what they will read in the message. */
    private static String decided(MeetingRequest r) {
        return r.alternative().map(c -> c.label() + " offered").orElse(r.status().label());
    }

    @Override
    public String name() {
        return "Contact";
    }

    @Override
    public String crumb() {
        return detail.contact().name();
    }

    @Override
    public List<Binding> bindings() {
        // The requests, then the interactions, are rows to select; with none, j/k scroll long notes.
        List<Binding> moves = cursor.isEmpty()
                ? List.of(Binding.on("j/k ↓/↑", "scroll", (k, s) -> Step.stay(new ContactDetailView(detail, verdicts, touch,
                        team, privateNote, cursor, scroll + (k.is('k') || k.is(Key.Type.UP) ? -1 : 1)))))
                : cursor.keys(c -> new ContactDetailView(detail, verdicts, touch, team, privateNote, c, scroll));
        return Binding.list(moves,
                Binding.on("Enter", "open request/interaction", (k, s) -> open(cursor.index(), s)).when(!cursor.isEmpty()),
                Binding.on("t", "new meeting request", this::act), Binding.on("l", "log interaction", this::act),
                Binding.on("e", "edit", this::act), Binding.on("n", "notes in $EDITOR", this::act),
                Binding.on("s", "follow up on", this::act), Binding.on("p", "private note", this::act));
    }

    private Step act(Key key, Session session) {
        if (key.is('e')) {
            return Step.open(ContactForms.edit(detail.contact(), session));
        }
        if (key.is('t')) {
            return TriageFlow.start(detail.contact(), session);
        }
        if (key.is('l')) {
            return Step.open(InteractionForm.of(detail.contact(), InteractionForm.lastScheduled(detail.requests()),
                    session.useCases().week().today().date()));
        }
        if (key.is('s')) {
            return Step.open(FollowUpKeys.dateForm(detail.contact()));
        }
        if (key.is('n')) {
            return editNotes(session);
        }
        if (key.is('p')) {
            return PrivateNoteKeys.edit(detail.contact(), privateNote, this, session);
        }
        return Step.unhandled();
    }

    /** Enter on a request opens its triage; on an interaction, all of it. */
    private Step open(int index, Session session) {
        int requests = detail.requests().size();
        if (index < requests) {
            return Step.open(TriageView.load(detail.contact(), detail.requests().get(index), session));
        }
        return Step.open(new InteractionView(detail.contact(), detail.interactions().get(index - requests)));
    }

    /** The notes in the external editor, or the built-in one; saved (and undoable) when they changed. */
    private Step editNotes(Session session) {
        Contact before = detail.contact();
        return NotesInEditor.open("Notes on " + before.name(), before.notes(), session,
                (text, s) -> saveNotes(before, text, s), Drafted.about(Drafted.CONTACT_NOTES, before));
    }

    /**
     * The built-in editor on these notes, holding {@code draft}'s text as it was left; or, when another
     * session changed the notes since, both texts to choose from.
     */
    View notesHolding(dev.needle.domain.Draft draft, Session session) {
        Contact before = detail.contact();
        return NotesInEditor.reopened(before.name() + "'s notes", "Notes on " + before.name(), before.notes(), draft,
                session.useCases().authors().of(RecordKind.CONTACT, before.id().value()).changedAt(), session,
                (text, s) -> saveNotes(before, text, s), Drafted.about(Drafted.CONTACT_NOTES, before));
    }

    /** The private note's editor on this page, holding {@code draft}'s text; or both, when it changed since. */
    View privateNoteHolding(dev.needle.domain.Draft draft, Session session) {
        return PrivateNoteKeys.reopened(detail.contact(), privateNote, this, draft, session);
    }

    /** The log form for this contact, as l opens it. */
    dev.needle.adapter.tui.form.FormView logForm(Session session) {
        return InteractionForm.of(detail.contact(), InteractionForm.lastScheduled(detail.requests()),
                session.useCases().week().today().date());
    }

    /** The meeting request form for this contact, as t opens it. */
    dev.needle.adapter.tui.form.FormView requestForm(Session session) {
        return TriageFlow.requestForm(detail.contact(), session.useCases().listPendingRequests().pendingRequests().stream()
                .filter(r -> r.contact().equals(detail.contact().id())).toList());
    }

    private Step saveNotes(Contact before, String notes, Session session) {
        if (notes.equals(before.notes())) {
            return Step.stay(this).say("Notes unchanged.");
        }
        Contact after = before.edit().notes(notes).build();
        session.useCases().editContact().editContact(before, after);
        Undo.contact(session, "notes edit on " + before.name(), before, after);
        return Step.stay(refreshed(session)).say("Notes saved.");
    }

    @Override
    public View refreshed(Session session) {
        ContactDetailView fresh;
        try {
            fresh = load(detail.contact().id(), session);
        } catch (NotFoundException gone) {
            return new GoneView(name(), detail.contact().name() + " is gone: deleted in another session.");
        }
        return new ContactDetailView(fresh.detail, fresh.verdicts, fresh.touch, fresh.team, fresh.privateNote,
                cursor.resized(fresh.cursor.size()), scroll);
    }

    private static void reachLines(List<Line> lines, String label, String text, int width) {
        if (text.isEmpty()) {
            return;
        }
        List<String> wrapped = SafeText.wrap(label + text, Math.max(10, width - 2));
        for (int i = 0; i < wrapped.size(); i++) {
            lines.add(Line.of((i == 0 ? "" : "  ") + wrapped.get(i)));
        }
    }

    /**
     * Each address with what its address book says of it: "905-888-1234 (home, fax)", after the label of
     * the user's own when it gave one ("Studio +351 912 345 678").
     */
    private static String labelled(List<String> addresses, Contact c,
                                   java.util.function.Function<String, java.util.Optional<String>> custom) {
        List<String> shown = new ArrayList<>(addresses.size());
        for (String address : addresses) {
            String label = c.reachLabels().of(address).describe();
            String named = custom.apply(address).map(name -> name + " " + address).orElse(address);
            shown.add(label.isEmpty() ? named : named + " (" + label + ")");
        }
        return String.join(", ", shown);
    }

    @Override
    public List<Line> body(int width, int height) {
        Contact c = detail.contact();
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(c.name(), Style.HEADLINE));
        lines.add(Line.of(join(" · ", c.role(), c.company())));
        AuthorsLine.add(lines, team.whose(), width);
        AuthorsLine.add(lines, team.authors(), width);
        // One line per medium, wrapped: an address book's kinds ("home, fax") make them too long for one.
        if (c.reach().isEmpty()) {
            lines.add(Line.of("Reach: —"));
        }
        CustomLabels custom = CustomLabels.of(c);
        reachLines(lines, "Email: ", labelled(c.reach().emails(), c, custom::ofEmail), width);
        reachLines(lines, "Phone: ", labelled(c.reach().phones(), c, custom::ofPhone), width);
        reachLines(lines, "Web: ", String.join(", ", c.reach().urls()), width);
        if (!c.categories().isEmpty()) {
            lines.add(Line.of("Categories: " + String.join(", ", c.categories())));
        }
        lines.add(Line.of("Met: " + orDash(join(" · ", detail.metAt().map(name -> "at " + name).orElse(""),
                c.origin().on().map(LocalDate::toString).orElse(""), c.origin().place()))));
        for (Event event : detail.expectedAt()) {
            lines.add(Line.of("Expected at: " + event.name() + " · " + event.when()));
        }
        lines.add(Line.of("Can offer: " + orDash(Targets.typedText(c.offers()))));
        lines.add(Line.of("Looking for: " + orDash(Targets.typedText(c.lookingFor()))));
        lines.add(Line.of("Rapport: " + c.rapport() + " · Stage: " + c.stage().label() + " · Follow up: "
                + c.nextFollowUp().map(LocalDate::toString).orElse("—")));
        reachLines(lines, "", touch, width);
        if (!c.notes().isEmpty()) {
            lines.add(Line.of("Notes:", Style.LABEL));
            paragraphs(lines, c.notes(), width);
        }
        if (!privateNote.isEmpty()) {
            lines.add(Line.of(PrivateNoteKeys.LABEL + ":", Style.LABEL));
            paragraphs(lines, privateNote, width);
        }
        lines.add(Line.blank());
        lines.add(Line.of("Meeting requests", Style.LABEL));
        if (detail.requests().isEmpty()) {
            lines.add(Line.of("None. Press t when they ask to meet.", Style.DIM));
        }
        int item = 0;
        int selectedLine = -1;
        for (MeetingRequest r : detail.requests()) {
            String verdict = verdicts.containsKey(r.id()) ? " → " + verdicts.get(r.id()).recommendation().headline() : "";
            if (item == cursor.index()) {
                selectedLine = lines.size();
            }
            lines.add(selectable(item++, r.requestedOn() + "  " + r.format().label()
                    + ProposedDay.of(r).map(day -> " on " + day).orElse("") + "  " + decided(r) + verdict
                    + (r.ask().isEmpty() ? "" : "  “" + r.ask() + "”")));
            if (!r.message().isEmpty()) {
                lines.add(Line.of("    sent: " + r.message(), Style.DIM));
            }
        }
        lines.add(Line.blank());
        lines.add(Line.of("Interactions", Style.LABEL));
        if (detail.interactions().isEmpty()) {
            lines.add(Line.of("None yet.", Style.DIM));
        }
        for (Interaction i : detail.interactions()) {
            if (item == cursor.index()) {
                selectedLine = lines.size();
            }
            // An email or a letter is logged with no minutes: "0 min" would read as a meeting that lasted none.
            lines.add(selectable(item++, i.date() + "  " + i.channel().label() + (i.minutes() > 0 ? "  " + i.minutes() + " min" : "")
                    + team.after(i) + (i.notes().isEmpty() ? "" : "  " + i.notes().replace('\n', ' '))));
        }
        if (lines.size() <= height) {
            return lines;
        }
        // Too long for the window: it follows the selection, or the scroll when nothing is selectable. It
        // moves only as far as the selection needs: centring it took the name, whose page this is, off the
        // top of a page a few lines too long.
        int top = selectedLine >= 0 ? Math.max(0, Math.min(selectedLine - height + 1, lines.size() - height))
                : Math.min(scroll, lines.size() - height);
        return lines.subList(top, top + height);
    }

    private static void paragraphs(List<Line> lines, String text, int width) {
        for (String paragraph : text.split("\n", -1)) {
            List<String> wrapped = SafeText.wrap(paragraph, Math.max(10, width - 2));
            for (String part : wrapped.isEmpty() ? List.of("") : wrapped) {
                lines.add(Line.of("  " + part));
            }
        }
    }

    private Line selectable(int item, String text) {
        boolean selected = item == cursor.index();
        return Line.of("  " + text, selected ? Style.SELECTED : Style.NORMAL);
    }


    private static String join(String separator, String... parts) {
        return String.join(separator, List.of(parts).stream().filter(p -> !p.isBlank()).toList());
    }

    private static String orDash(String text) {
        return text.isBlank() ? "—" : text;
    }
}
