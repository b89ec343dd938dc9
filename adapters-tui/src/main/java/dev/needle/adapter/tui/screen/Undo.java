package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Session;
import dev.needle.application.port.in.DeleteContactUseCase.Removed;
import dev.needle.application.port.in.RecordChange;
import dev.needle.application.port.in.ViewContactUseCase.ContactDetail;
import dev.needle.domain.Budget;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Edit;
import dev.needle.domain.Event;
import dev.needle.domain.Interaction;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records each change a screen makes as one step on the session's undo stack: the fields it changed
 * (never the whole record, so undo cannot erase what another session saved in other fields), or the
 * record it added or removed. Called by the screen right after the change succeeded.
 */
final class Undo {
    private static final Set<String> NEED_STATUS = Set.of("status", "met by", "met on");

    private Undo() {
    }

    /** A contact's fields edited from {@code before} to {@code after} (a form, the notes). */
    static void contact(Session session, String what, Contact before, Contact after) {
        record(session, what, edited(before, after));
    }

    /** A contact's fields edited, and with them other records the same form changed (their cadence), as one step. */
    static void contact(Session session, String what, Contact before, Contact after, List<RecordChange> more) {
        List<RecordChange> changes = new ArrayList<>(edited(before, after));
        changes.addAll(more);
        record(session, what, changes);
    }

    static void need(Session session, String what, Need before, Need after) {
        record(session, what, needEdited(before, after));
    }

    /** A need's status changed (dropped, met): only those fields, whatever else the copy held. */
    static void needStatus(Session session, String what, Need before, Need after) {
        Edit<Need> edit = Need.FIELDS.diff(before, after).only(NEED_STATUS);
        record(session, what, edit.isEmpty() ? List.of() : List.of(new RecordChange.NeedEdited(before, edit)));
    }

    static void captured(Session session, Contact saved) {
        record(session, "capture of " + saved.name(),
                List.of(new RecordChange.ContactPresence(new Removed(saved, List.of(), List.of()), true)));
    }

    /** A person added to those expected at an event still to come: undo takes them off the event too. */
    /** Someone added to those expected at an event; a person {@code known} before stays when it is undone. */
    static void expected(Session session, Contact saved, boolean known, Event before, Event after) {
        List<RecordChange> changes = new ArrayList<>();
        if (!known) {
            changes.add(new RecordChange.ContactPresence(new Removed(saved, List.of(), List.of()), true));
        }
        Edit<Event> edit = Event.FIELDS.diff(before, after);
        if (!edit.isEmpty()) {
            changes.add(new RecordChange.EventEdited(before, edit));
        }
        record(session, "adding " + saved.name() + " to " + after.name(), changes);
    }

    static void deleted(Session session, Removed removed) {
        record(session, "deletion of " + removed.contact().name(),
                List.of(new RecordChange.ContactPresence(removed, false)));
    }

    /** Two contacts merged into one: every change the merge made, taken back together. */
    static void merged(Session session, String what, List<RecordChange> changes) {
        record(session, what, changes);
    }

    static void needAdded(Session session, Need added) {
        record(session, "adding need \"" + added.title() + "\"", List.of(new RecordChange.NeedPresence(added, true)));
    }

    /** A move in the list renumbers several needs: each one's place goes back. */
    static void reordered(Session session, Need moved, List<Need> before, List<Need> after) {
        Map<NeedId, Need> was = before.stream().collect(Collectors.toMap(Need::id, Function.identity()));
        List<RecordChange> changes = new ArrayList<>();
        for (Need now : after) {
            Need then = was.get(now.id());
            if (then != null) {
                changes.addAll(needEdited(then, now));
            }
        }
        record(session, "move of \"" + moved.title() + "\"", changes);
    }

    static void event(Session session, Optional<Event> before, Event saved) {
        record(session, before.isPresent() ? "edit of " + saved.name() : "adding event " + saved.name(),
                before.map(e -> {
                    Edit<Event> edit = Event.FIELDS.diff(e, saved);
                    return edit.isEmpty() ? List.<RecordChange>of() : List.<RecordChange>of(new RecordChange.EventEdited(e, edit));
                }).orElseGet(() -> List.of(new RecordChange.EventPresence(saved, true))));
    }

    /** A budget set over an earlier one goes back to it; the first budget set cannot be taken away. */
    static void budget(Session session, Optional<Budget> before, Budget after) {
        before.ifPresentOrElse(was -> record(session, "budget change", List.of(new RecordChange.BudgetSet(was, after))),
                () -> session.undo().recordFinal("setting the first budget"));
    }

    /** What I can offer, changed: undo puts back what I offered before. */
    static void offers(Session session, Set<Tag> before, Set<Tag> after) {
        if (!before.equals(after)) {
            record(session, "change of what you offer", List.of(new RecordChange.OffersSet(before, after)));
        }
    }

    /** A change with no way back in the stores: undo stops at it and says so. */
    static void cannot(Session session, String what) {
        session.undo().recordFinal(what);
    }

    /** Reads what a change through a use case may touch of one person, to record what it changed. */
    static Before before(Session session, ContactId contact) {
        return new Before(session.useCases().viewContact().viewContact(contact),
                session.useCases().listNeeds().listNeeds());
    }

    /**
     * One person's record, requests, interactions and the needs, read just before a change made by a
     * use case that decides itself what to touch (snooze, complete, triage decisions, logging).
     */
    record Before(ContactDetail detail, List<Need> needs) {
        void record(Session session, String what) {
            Before after = before(session, detail.contact().id());
            List<RecordChange> changes = new ArrayList<>();
            Set<Object> known = detail.interactions().stream().map(Interaction::id).collect(Collectors.toSet());
            after.detail.interactions().stream().filter(i -> !known.contains(i.id()))
                    .forEach(i -> changes.add(new RecordChange.InteractionPresence(i, true)));
            Map<NeedId, Need> was = needs.stream().collect(Collectors.toMap(Need::id, Function.identity()));
            after.needs.stream().filter(n -> was.containsKey(n.id()))
                    .forEach(n -> changes.addAll(needEdited(was.get(n.id()), n)));
            String name = detail.contact().name();
            Map<Object, MeetingRequest> asked = detail.requests().stream()
                    .collect(Collectors.toMap(MeetingRequest::id, Function.identity()));
            for (MeetingRequest now : after.detail.requests()) {
                MeetingRequest then = asked.get(now.id());
                if (then == null) {
                    changes.add(new RecordChange.RequestPresence(now, name, true));
                    continue;
                }
                Edit<MeetingRequest> edit = MeetingRequest.FIELDS.diff(then, now);
                if (!edit.isEmpty()) {
                    changes.add(new RecordChange.RequestEdited(then, name, edit));
                }
            }
            changes.addAll(edited(detail.contact(), after.detail.contact()));
            Undo.record(session, what, changes);
        }
    }

    private static List<RecordChange> edited(Contact before, Contact after) {
        Edit<Contact> edit = Contact.FIELDS.diff(before, after);
        return edit.isEmpty() ? List.of() : List.of(new RecordChange.ContactEdited(before, edit));
    }

    private static List<RecordChange> needEdited(Need before, Need after) {
        Edit<Need> edit = Need.FIELDS.diff(before, after);
        return edit.isEmpty() ? List.of() : List.of(new RecordChange.NeedEdited(before, edit));
    }

    /** Every key that saved is a step, even one that changed nothing, so u walks back key by key. */
    private static void record(Session session, String what, List<RecordChange> changes) {
        session.undo().record(what, changes);
    }
}
