package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.application.port.in.ViewContactUseCase.ContactDetail;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Interaction;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.triage.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One person: reach, where you met, offers and their needs, rapport, stage, history and requests. */
public record ContactDetailView(ContactDetail detail, Map<MeetingRequestId, Verdict> verdicts) implements View {
    public ContactDetailView {
        verdicts = Map.copyOf(verdicts);
    }

    /** Loads the contact, and the verdict on each request still waiting, so the page can show it. */
    static ContactDetailView load(ContactId id, Session session) {
        ContactDetail detail = session.useCases().viewContact().viewContact(id);
        Map<MeetingRequestId, Verdict> verdicts = new HashMap<>();
        detail.requests().stream().filter(MeetingRequest::isPending)
                .forEach(r -> verdicts.put(r.id(), session.useCases().triage().triage(r.id())));
        return new ContactDetailView(detail, verdicts);
    }

    @Override
    public String name() {
        return "Contact";
    }

    @Override
    public List<Binding> bindings() {
        return List.of(Binding.on("t", "new meeting request", this::act), Binding.on("l", "log interaction", this::act),
                Binding.on("e", "edit", this::act), Binding.on("n", "notes in $EDITOR", this::act),
                Binding.on("s", "follow up on", this::act));
    }

    private Step act(Key key, Session session) {
        if (key.is('e')) {
            return Step.open(ContactForms.edit(detail.contact()));
        }
        if (key.is('t')) {
            return TriageFlow.start(detail.contact(), session);
        }
        if (key.is('l')) {
            return Step.open(InteractionForm.of(detail.contact()));
        }
        if (key.is('s')) {
            return Step.open(FollowUpKeys.dateForm(detail.contact()));
        }
        if (key.is('n')) {
            return editNotes(session);
        }
        return Step.unhandled();
    }

    /** The notes in the external editor, or the built-in one; saved (and undoable) when they changed. */
    private Step editNotes(Session session) {
        Contact before = detail.contact();
        return NotesInEditor.open("Notes on " + before.name(), before.notes(), session,
                (text, s) -> saveNotes(before, text, s));
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
        return load(detail.contact().id(), session);
    }

    @Override
    public List<Line> body(int width, int height) {
        Contact c = detail.contact();
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(c.name(), Style.HEADLINE));
        lines.add(Line.of(join(" · ", c.role(), c.company())));
        lines.add(Line.of("Reach: " + orDash(join(", ", String.join(", ", c.reach().emails()),
                String.join(", ", c.reach().phones()), String.join(", ", c.reach().urls())))));
        lines.add(Line.of("Met: " + orDash(join(" · ", c.origin().place(),
                c.origin().on().map(LocalDate::toString).orElse("")))));
        lines.add(Line.of("Can offer: " + orDash(Targets.tagText(c.offers()))));
        lines.add(Line.of("Looking for: " + orDash(Targets.tagText(c.lookingFor()))));
        lines.add(Line.of("Rapport: " + c.rapport() + " · Stage: " + c.stage().label() + " · Follow up: "
                + c.nextFollowUp().map(LocalDate::toString).orElse("—")));
        if (!c.notes().isEmpty()) {
            lines.add(Line.of("Notes: " + c.notes(), Style.DIM));
        }
        lines.add(Line.blank());
        lines.add(Line.of("Meeting requests", Style.LABEL));
        if (detail.requests().isEmpty()) {
            lines.add(Line.of("None. Press t when they ask to meet.", Style.DIM));
        }
        for (MeetingRequest r : detail.requests()) {
            String verdict = verdicts.containsKey(r.id()) ? " → " + verdicts.get(r.id()).recommendation().headline() : "";
            lines.add(Line.of(r.requestedOn() + "  " + r.format().label() + "  " + r.status().label() + verdict
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
            lines.add(Line.of(i.date() + "  " + i.channel().label() + "  " + i.minutes() + " min"
                    + (i.notes().isEmpty() ? "" : "  " + i.notes())));
        }
        return Rows.compact(lines, height);
    }

    private static String join(String separator, String... parts) {
        return String.join(separator, List.of(parts).stream().filter(p -> !p.isBlank()).toList());
    }

    private static String orDash(String text) {
        return text.isBlank() ? "—" : text;
    }
}
