package dev.needle.application.service;

import java.util.Set;
import dev.needle.domain.Tag;
import dev.needle.domain.Direction;
import dev.needle.application.port.out.DirectionStore;
import dev.needle.application.port.in.DeleteContactUseCase;
import dev.needle.application.port.in.RecordChange;
import dev.needle.application.port.in.RevertUseCase;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.KeepInTouchStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.application.port.out.PrivateNoteStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.FieldSet;
import dev.needle.domain.FieldValue;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Need;
import dev.needle.domain.PrivateNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Undo and redo: writes back only the fields a step changed, on the version stored now, after checking
 * in the same transaction that no other session changed those fields since.
 */
public final class RevertService implements RevertUseCase {
    private final ContactStore contacts;
    private final NeedStore needs;
    private final MeetingRequestStore requests;
    private final EventStore events;
    private final InteractionStore interactions;
    private final BudgetStore budget;
    private final DeleteContactUseCase deleteContact;
    private final KeepInTouchStore keepInTouch;
    private final PrivateNoteStore privateNotes;
    private final Transactions transactions;
    private final DirectionStore directions;

    public RevertService(ContactStore contacts, NeedStore needs, MeetingRequestStore requests, EventStore events,
                         InteractionStore interactions, BudgetStore budget, KeepInTouchStore keepInTouch,
                         DeleteContactUseCase deleteContact, PrivateNoteStore privateNotes, Transactions transactions) {
        this(contacts, needs, requests, events, interactions, budget, keepInTouch, deleteContact, privateNotes,
                transactions, null);
    }

    /** With the directions (as the acting person sees them), so a change of what they offer can be undone. */
    public RevertService(ContactStore contacts, NeedStore needs, MeetingRequestStore requests, EventStore events,
                         InteractionStore interactions, BudgetStore budget, KeepInTouchStore keepInTouch,
                         DeleteContactUseCase deleteContact, PrivateNoteStore privateNotes, Transactions transactions,
                         DirectionStore directions) {
        this.contacts = contacts;
        this.needs = needs;
        this.requests = requests;
        this.events = events;
        this.interactions = interactions;
        this.budget = budget;
        this.keepInTouch = keepInTouch;
        this.deleteContact = deleteContact;
        this.privateNotes = privateNotes;
        this.transactions = transactions;
        this.directions = directions;
    }

    @Override
    public Outcome apply(List<RecordChange> changes, boolean overwrite) {
        return transactions.inTransaction(() -> {
            List<Meanwhile> meanwhile = new ArrayList<>();
            boolean superseded = !changes.isEmpty();
            for (RecordChange change : changes) {
                List<FieldValue> since = changedSince(change);
                since.forEach(now -> meanwhile.add(new Meanwhile(change.label(), now)));
                superseded &= !since.isEmpty() && since.size() >= written(change);
            }
            if (!meanwhile.isEmpty() && !overwrite) {
                return new Outcome(meanwhile, superseded);
            }
            changes.forEach(this::write);
            return new Outcome(List.of());
        });
    }

    /**
     * How many values the change writes, to tell when other sessions changed them all: a record's edited
     * fields, one for a setting; a record added or removed is the step's own however it was edited since.
     */
    private static int written(RecordChange change) {
        if (change instanceof RecordChange.ContactEdited c) {
            return c.edit().fields().size();
        }
        if (change instanceof RecordChange.NeedEdited n) {
            return n.edit().fields().size();
        }
        if (change instanceof RecordChange.RequestEdited r) {
            return r.edit().fields().size();
        }
        if (change instanceof RecordChange.EventEdited e) {
            return e.edit().fields().size();
        }
        boolean presence = change instanceof RecordChange.ContactPresence || change instanceof RecordChange.NeedPresence
                || change instanceof RecordChange.RequestPresence || change instanceof RecordChange.EventPresence
                || change instanceof RecordChange.InteractionPresence;
        return presence ? Integer.MAX_VALUE : 1;
    }

    /** The fields of the stored record that no longer hold what the change starts from. */
    private List<FieldValue> changedSince(RecordChange change) {
        if (change instanceof RecordChange.ContactEdited c) {
            return contacts.find(c.record().id()).map(now -> c.edit().changedSince(now)).orElse(List.of());
        }
        if (change instanceof RecordChange.NeedEdited n) {
            return needs.find(n.record().id()).map(now -> n.edit().changedSince(now)).orElse(List.of());
        }
        if (change instanceof RecordChange.RequestEdited r) {
            return requests.find(r.record().id()).map(now -> r.edit().changedSince(now)).orElse(List.of());
        }
        if (change instanceof RecordChange.EventEdited e) {
            return events.find(e.record().id()).map(now -> e.edit().changedSince(now)).orElse(List.of());
        }
        // Taking a record away that someone edited since would lose their edit: say which fields.
        if (change instanceof RecordChange.ContactPresence c && !c.present()) {
            List<FieldValue> edited = new ArrayList<>(editedSince(Contact.FIELDS, c.contact().contact(),
                    contacts.find(c.contact().contact().id())));
            touchSetSince(c.contact()).ifPresent(edited::add);
            privateNotesSince(c.contact()).ifPresent(edited::add);
            return edited;
        }
        if (change instanceof RecordChange.NeedPresence n && !n.present()) {
            return editedSince(Need.FIELDS, n.need(), needs.find(n.need().id()));
        }
        if (change instanceof RecordChange.RequestPresence r && !r.present()) {
            return editedSince(MeetingRequest.FIELDS, r.request(), requests.find(r.request().id()));
        }
        if (change instanceof RecordChange.EventPresence e && !e.present()) {
            return editedSince(Event.FIELDS, e.event(), events.find(e.event().id()));
        }
        if (change instanceof RecordChange.BudgetSet b) {
            return budget.get().filter(now -> !now.equals(b.from()) && !now.equals(b.to()))
                    .map(now -> List.of(new FieldValue("hours and money", now.weeklyMinutes() / 60.0 + " h a week, "
                            + now.monthlyMoney() + " a month"))).orElse(List.of());
        }
        if (change instanceof RecordChange.OffersSet o) {
            Set<Tag> now = offersNow();
            return now.equals(o.from()) || now.equals(o.to()) ? List.of()
                    : List.of(new FieldValue("", now)); // the label says what it is
        }
        if (change instanceof RecordChange.KeepInTouchSet k) {
            KeepInTouch now = keepInTouch.find(k.from().contact()).orElse(KeepInTouch.none(k.from().contact(), k.from().since()));
            boolean same = now.own().equals(k.from().own()) && now.snoozedUntil().equals(k.from().snoozedUntil());
            boolean redone = now.own().equals(k.to().own()) && now.snoozedUntil().equals(k.to().snoozedUntil());
            // The label ("keeping in touch with Ana Lima") says what the value is.
            return same || redone ? List.of() : List.of(new FieldValue("", touchValue(Optional.of(now)).value()));
        }
        if (change instanceof RecordChange.PrivateNoteSet p) {
            String now = privateNotes.find(p.from().contact(), p.from().author()).map(PrivateNote::text).orElse("");
            return now.equals(p.from().text()) || now.equals(p.to().text()) ? List.of()
                    : List.of(new FieldValue("private note", "(edited since)"));
        }
        if (change instanceof RecordChange.TagCadenceSet t) {
            var now = keepInTouch.tagDefaults().stream().filter(d -> d.tag().equals(t.tag())).findFirst();
            boolean same = now.map(d -> d.cadence()).equals(t.from().map(d -> d.cadence()))
                    || now.map(d -> d.cadence()).equals(t.to().map(d -> d.cadence()));
            // The label ("the cadence of tag mentors") says what the value is.
            return same ? List.of() : List.of(new FieldValue("", now.map(d -> d.cadence().label()).orElse("(none)")));
        }
        return List.of();
    }

    /**
     * The person's keep-in-touch settings when another session changed them since the deletion was
     * undone: deleting again would lose them without asking.
     */
    private Optional<FieldValue> touchSetSince(DeleteContactUseCase.Removed removed) {
        ContactId id = removed.contact().id();
        if (contacts.find(id).isEmpty()) {
            return Optional.empty();
        }
        Optional<KeepInTouch> now = keepInTouch.find(id);
        boolean same = now.map(KeepInTouch::own).equals(removed.keepInTouch().map(KeepInTouch::own))
                && now.map(KeepInTouch::snoozedUntil).equals(removed.keepInTouch().map(KeepInTouch::snoozedUntil));
        return same ? Optional.empty() : Optional.of(touchValue(now));
    }

    /**
     * Whether the person's private notes changed since the deletion was undone. Any author's may have, and
     * this is said to whoever deletes again, so it says only that they changed, never what they hold.
     */
    private Optional<FieldValue> privateNotesSince(DeleteContactUseCase.Removed removed) {
        ContactId id = removed.contact().id();
        if (contacts.find(id).isEmpty()) {
            return Optional.empty();
        }
        List<String> now = privateNotes.onContact(id).stream().map(n -> n.author() + ":" + n.text()).sorted().toList();
        List<String> then = removed.privateNotes().stream().map(n -> n.author() + ":" + n.text()).sorted().toList();
        return now.equals(then) ? Optional.empty() : Optional.of(new FieldValue("private notes", "(edited since)"));
    }

    private static FieldValue touchValue(Optional<KeepInTouch> now) {
        return new FieldValue("keep in touch", now.flatMap(KeepInTouch::own).map(c -> c.label()).orElse("from tags")
                + now.flatMap(KeepInTouch::snoozedUntil).map(d -> ", snoozed until " + d).orElse(""));
    }

    /** The fields of the stored record that differ from the one the step knew, with their values now. */
    private static <R> List<FieldValue> editedSince(FieldSet<R> fields, R known, Optional<R> stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        R now = stored.get();
        return fields.diff(known, now).fields().stream().map(field -> new FieldValue(field, fields.value(now, field)))
                .toList();
    }

    private void write(RecordChange change) {
        if (change instanceof RecordChange.ContactEdited c) {
            contacts.find(c.record().id()).ifPresent(now -> contacts.save(c.edit().applyTo(now)));
        } else if (change instanceof RecordChange.NeedEdited n) {
            needs.find(n.record().id()).ifPresent(now -> needs.save(n.edit().applyTo(now)));
        } else if (change instanceof RecordChange.RequestEdited r) {
            requests.find(r.record().id()).ifPresent(now -> requests.save(r.edit().applyTo(now)));
        } else if (change instanceof RecordChange.EventEdited e) {
            events.find(e.record().id()).ifPresent(now -> events.save(e.edit().applyTo(now)));
        } else if (change instanceof RecordChange.ContactPresence c) {
            boolean stored = contacts.find(c.contact().contact().id()).isPresent();
            if (c.present() && !stored) {
                deleteContact.restore(c.contact());
            } else if (!c.present() && stored) {
                deleteContact.delete(c.contact().contact().id());
            }
        } else if (change instanceof RecordChange.NeedPresence n) {
            boolean stored = needs.find(n.need().id()).isPresent();
            if (n.present() && !stored) {
                needs.save(n.need().withVersion(0));
            } else if (!n.present() && stored) {
                needs.delete(n.need().id());
            }
        } else if (change instanceof RecordChange.EventPresence e) {
            boolean stored = events.find(e.event().id()).isPresent();
            if (e.present() && !stored) {
                events.save(e.event().withVersion(0));
            } else if (!e.present() && stored) {
                events.delete(e.event().id());
            }
        } else if (change instanceof RecordChange.RequestPresence r) {
            boolean stored = requests.find(r.request().id()).isPresent();
            if (r.present() && !stored) {
                requests.save(r.request().withVersion(0));
            } else if (!r.present() && stored) {
                requests.delete(r.request().id());
            }
        } else if (change instanceof RecordChange.InteractionPresence i) {
            if (i.present()) {
                interactions.add(i.interaction());
            } else {
                interactions.delete(i.interaction().id());
            }
        } else if (change instanceof RecordChange.BudgetSet b) {
            budget.set(b.to());
        } else if (change instanceof RecordChange.OffersSet o) {
            activeDirection().ifPresent(d -> directions.save(new Direction(d.id(), d.kind(), d.statement(), o.to(),
                    d.since(), d.archivedOn(), d.version())));
        } else if (change instanceof RecordChange.KeepInTouchSet k) {
            keepInTouch.save(k.to());
        } else if (change instanceof RecordChange.PrivateNoteSet p) {
            if (contacts.find(p.to().contact()).isPresent()) {
                privateNotes.save(p.to());
            }
        } else if (change instanceof RecordChange.TagCadenceSet t) {
            t.to().ifPresentOrElse(keepInTouch::saveTagDefault, () -> keepInTouch.removeTagDefault(t.tag()));
        }
    }

    private Optional<Direction> activeDirection() {
        return directions == null ? Optional.empty() : directions.active();
    }

    private Set<Tag> offersNow() {
        return activeDirection().map(Direction::offers).orElse(Set.of());
    }
}
