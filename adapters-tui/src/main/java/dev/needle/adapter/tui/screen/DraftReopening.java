package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.application.NotFoundException;
import dev.needle.domain.Contact;
import dev.needle.domain.Draft;
import dev.needle.domain.Event;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Need;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RequestStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a kept draft back where it was typed: the same form or editor, for the same record (or a new one,
 * for a form that was adding one), with the text restored and the cursor at its end. A form over a record
 * another session changed meanwhile takes their values where the draft left a field as it was, and shows
 * a field both changed side by side ({@link ConflictView}); notes changed meanwhile are shown beside the
 * draft ({@link NotesChangedView}). A draft whose record was deleted or answered meanwhile is shown as
 * text to read and copy ({@link KeptDraftView}), saying why, rather than dropped.
 */
final class DraftReopening {
    private DraftReopening() {
    }

    static View reopen(Draft draft, Session session) {
        try {
            // A date typed ("fri") says the day it means at once, as it would after a key.
            LocalDate today = session.useCases().week().today().date();
            return inPlace(draft, session).map(view -> view instanceof FormView form ? form.echoedAsOf(today) : view)
                    .orElseGet(() -> new KeptDraftView(draft,
                    "This form cannot be reopened by itself; here is what you typed, to copy.", 0));
        } catch (NotFoundException gone) {
            return new KeptDraftView(draft, (draft.about().isEmpty() ? "What it was about" : draft.about())
                    + " was deleted since; here is what you typed, to copy.", 0);
        } catch (Unanswerable why) {
            return new KeptDraftView(draft, why.getMessage(), 0);
        }
    }

    /** A draft whose form exists no more for its record, with the reason in the user's words. */
    private static final class Unanswerable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unanswerable(String why) {
            super(why);
        }
    }

    private static Optional<View> inPlace(Draft d, Session s) {
        switch (d.kind()) {
            case Drafted.CAPTURE:
                return Optional.of(ContactForms.capture().restored(d));
            case Drafted.NEED_ADD:
                return Optional.of(NeedForms.add(NeedForms.direction(s)).restored(d));
            case Drafted.NEED_NOTES:
                return need(d, s).map(n -> NeedDetailView.load(n, s).notesHolding(d, s));
            case Drafted.NEED_EDIT:
                return need(d, s).map(n -> over(NeedForms.edit(n, NeedForms.direction(s)), d,
                        "The need \"" + n.title() + "\"", changedAt(s, RecordKind.NEED, n.id().value()), s));
            case Drafted.TOUCH_BY_NAME:
                return Optional.of(TouchForms.byName().restored(d));
            case Drafted.TOUCH_TAG:
                return Optional.of(TouchForms.tag().restored(d));
            case Drafted.BUDGET:
                return Optional.of(over(BudgetView.load(s).budgetForm(), d, "The budget", Optional.empty(), s));
            case Drafted.EVENT_ADD:
                return Optional.of(EventsView.form(Optional.empty()).restored(d));
            case Drafted.EVENT_EDIT:
                return event(d, s).map(e -> over(EventsView.form(Optional.of(e)), d, "The event \"" + e.name() + "\"",
                        changedAt(s, RecordKind.EVENT, e.id().value()), s));
            case Drafted.CAPTURE_AT:
                return event(d, s).map(e -> CaptureMode.start(e, s.useCases().week().today().date()).restored(d));
            case Drafted.PREP_EXPORT:
                return event(d, s).map(e -> PrepSheetView.load(e.id(), s).exportForm().restored(d));
            case Drafted.SETUP_DIRECTION:
                return Optional.of(Setup.start().restored(d));
            case Drafted.SETUP_NEED:
                return Optional.of(Setup.needStep(NeedForms.direction(s)).restored(d));
            case Drafted.SETUP_BUDGET:
                return Optional.of(Setup.budgetStep().restored(d));
            case Drafted.DIRECTION_NEW:
                return Optional.of(DirectionView.load(s).newDirectionForm().restored(d));
            case Drafted.OFFERS:
                return Optional.of(offers(d, s));
            default:
                break;
        }
        if (Drafted.contact(d).isEmpty()) {
            return Optional.empty();
        }
        ContactDetailView page = ContactDetailView.load(Drafted.contact(d).get(), s);
        Contact contact = page.detail().contact();
        View view = switch (d.kind()) {
            case Drafted.CONTACT_NOTES -> page.notesHolding(d, s);
            case Drafted.PRIVATE_NOTE -> page.privateNoteHolding(d, s);
            case Drafted.CONTACT_EDIT -> over(ContactForms.edit(contact, s), d, contact.name() + "'s details",
                    changedAt(s, RecordKind.CONTACT, contact.id().value()), s);
            case Drafted.LOG -> page.logForm(s).restored(d);
            case Drafted.FOLLOW_UP -> FollowUpKeys.dateForm(contact).restored(d);
            case Drafted.FOLLOW_UP_DONE -> FollowUpKeys.completeForm(contact).restored(d);
            case Drafted.MEETING_REQUEST -> page.requestForm(s).restored(d);
            case Drafted.TOUCH_PERSON -> over(TouchForms.person(contact, s), d, contact.name()
                    + "'s keep-in-touch cadence", Optional.empty(), s);
            case Drafted.ACCEPT -> TriageView.load(contact, request(d, page), s).scheduleForm().restored(d);
            case Drafted.COUNTER -> TriageView.load(contact, request(d, page), s).counterForm().restored(d);
            default -> null;
        };
        return Optional.ofNullable(view);
    }

    /**
     * {@code fresh}, the form over the record as it is now, with the draft's text back: a field the draft
     * left as it opened shows the record's value now, so saving cannot undo what another session changed;
     * when a field was changed both here and there, the two values are shown side by side to choose from.
     * {@code what} names the record in a sentence ("Rita Sousa's details").
     */
    private static View over(FormView fresh, Draft d, String what, Optional<LocalDateTime> changedAt, Session s) {
        Map<String, String> now = fresh.values();
        List<Draft.Entry> kept = new ArrayList<>();
        Map<String, String> opened = new LinkedHashMap<>();
        boolean changed = false;
        for (Draft.Entry e : d.fields()) {
            String theirs = now.getOrDefault(e.key(), e.value());
            boolean untouched = e.opened().map(e.value()::equals).orElse(false);
            changed |= d.changedUnder(e.key(), theirs);
            kept.add(untouched ? new Draft.Entry(e.key(), e.label(), theirs, e.opened()) : e);
            opened.put(e.key(), e.opened().orElse(theirs));
        }
        Draft merged = new Draft(d.id(), d.kind(), d.subject(), d.about(), d.title(), kept, d.focus(), d.keptAt());
        FormView mine = fresh.restored(merged);
        if (!changed) {
            return mine;
        }
        String headline = Drafted.changedMeanwhile(what, d, changedAt, s.useCases().week().today().date());
        return ConflictView.between(headline, opened, mine, fresh).map(View.class::cast).orElse(mine);
    }

    private static Optional<LocalDateTime> changedAt(Session s, RecordKind kind, long id) {
        return s.useCases().authors().of(kind, id).changedAt();
    }

    /** The need the draft names, as it is now; deleted when no longer listed. */
    private static Optional<Need> need(Draft d, Session s) {
        if (Drafted.need(d).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(s.useCases().listNeeds().listNeeds().stream().filter(n -> n.id().equals(Drafted.need(d).get()))
                .findFirst().orElseThrow(() -> new NotFoundException("need", d.subject())));
    }

    /** The event the draft names, as it is now; deleted when no longer listed. */
    private static Optional<Event> event(Draft d, Session s) {
        if (Drafted.event(d).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(s.useCases().week().planEvent().listEvents().stream()
                .filter(e -> e.id().equals(Drafted.event(d).get())).findFirst()
                .orElseThrow(() -> new NotFoundException("event", d.subject())));
    }

    /** The request the draft answers, still waiting for an answer; else why it cannot be answered here. */
    private static MeetingRequest request(Draft d, ContactDetailView page) {
        Optional<MeetingRequest> found = Drafted.request(d).flatMap(id -> page.detail().requests().stream()
                .filter(r -> r.id().equals(id)).findFirst());
        if (found.isEmpty()) {
            throw new NotFoundException("meeting request", d.subject());
        }
        MeetingRequest request = found.get();
        if (!request.isPending() && request.status() != RequestStatus.COUNTERED) {
            throw new Unanswerable(d.about() + "'s request was answered meanwhile (" + request.status().label()
                    + "); here is what you typed, to copy.");
        }
        return request;
    }

    /** What I offer, over the direction active now; there is none to offer under when it was archived for none. */
    private static View offers(Draft d, Session s) {
        DirectionView page = DirectionView.load(s);
        if (page.active().isEmpty()) {
            throw new Unanswerable("There is no direction now to offer anything under; here is what you typed, to copy.");
        }
        return over(page.offersForm(), d, "What you can offer", Optional.empty(), s);
    }

}
