package dev.needle.application.service;

import dev.needle.application.port.in.DeleteContactUseCase.Removed;
import dev.needle.application.port.in.MergeDuplicatesUseCase;
import dev.needle.application.port.in.RecordChange;
import dev.needle.application.port.in.RevertUseCase;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.application.port.out.PrivateNoteStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Edit;
import dev.needle.domain.Interaction;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Need;
import dev.needle.domain.PrivateNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists suspected duplicates and merges a pair. A merge is written as the list of record changes an undo
 * step holds (the kept contact's fields, each interaction and request moved, each need's "met by", the
 * other contact removed, each author's private notes joined on the kept one) and applied through {@link RevertUseCase}, the one writer of such changes: so
 * what undo takes back is exactly what the merge did.
 */
public final class MergeDuplicatesService implements MergeDuplicatesUseCase {
    private final ContactStore contacts;
    private final InteractionStore interactions;
    private final MeetingRequestStore requests;
    private final NeedStore needs;
    private final PrivateNoteStore privateNotes;
    private final RevertUseCase writer;
    private final Transactions transactions;

    public MergeDuplicatesService(ContactStore contacts, InteractionStore interactions, MeetingRequestStore requests,
                                  NeedStore needs, PrivateNoteStore privateNotes, RevertUseCase writer,
                                  Transactions transactions) {
        this.contacts = contacts;
        this.interactions = interactions;
        this.requests = requests;
        this.needs = needs;
        this.privateNotes = privateNotes;
        this.writer = writer;
        this.transactions = transactions;
    }

    @Override
    public List<SuspectedDuplicate> suspectedDuplicates() {
        return SuspectedDuplicates.among(contacts.findAll());
    }

    @Override
    public Merged merge(ContactId keep, ContactId other, Map<String, Object> chosen) {
        if (keep.equals(other)) {
            throw new InvalidValueException("contact", "A contact cannot be merged into itself.");
        }
        return transactions.inTransaction(() -> {
            Contact kept = Records.contact(contacts, keep);
            Contact gone = Records.contact(contacts, other);
            Contact merged = Contact.FIELDS.with(kept, chosen);
            List<RecordChange> changes = new ArrayList<>();
            Edit<Contact> edit = Contact.FIELDS.diff(kept, merged);
            if (!edit.isEmpty()) {
                changes.add(new RecordChange.ContactEdited(kept, edit));
            }
            for (Interaction i : interactions.findByContact(other)) {
                changes.add(new RecordChange.InteractionPresence(i, false));
                changes.add(new RecordChange.InteractionPresence(new Interaction(i.id(), keep, i.date(), i.channel(),
                        i.minutes(), i.travelMinutes(), i.expenses(), i.notes(), i.advanced()), true));
            }
            for (MeetingRequest r : requests.findByContact(other)) {
                changes.add(new RecordChange.RequestPresence(r, gone.name(), false));
                changes.add(new RecordChange.RequestPresence(movedTo(r, keep), merged.name(), true));
            }
            for (Need need : needs.findAll()) {
                if (need.metBy().equals(Optional.of(other))) {
                    Need moved = Need.FIELDS.with(need, Map.of("met by", Optional.of(keep)));
                    changes.add(new RecordChange.NeedEdited(need, Need.FIELDS.diff(need, moved)));
                }
            }
            // Each author's private note on the other joins theirs on the contact kept, and no one else's.
            for (PrivateNote theirs : privateNotes.onContact(other)) {
                changes.add(new RecordChange.PrivateNoteSet(gone.name(), theirs,
                        PrivateNote.none(other, theirs.author(), theirs.changedAt())));
                PrivateNote ours = privateNotes.find(keep, theirs.author())
                        .orElseGet(() -> PrivateNote.none(keep, theirs.author(), theirs.changedAt()));
                changes.add(new RecordChange.PrivateNoteSet(merged.name(), ours, ours.joinedWith(theirs.on(keep))));
            }
            // Last: the other contact has nothing left to take with it when it goes.
            changes.add(new RecordChange.ContactPresence(new Removed(gone, List.of(), List.of()), false));
            writer.apply(changes, true);
            return new Merged(Records.contact(contacts, keep), changes);
        });
    }

    private static MeetingRequest movedTo(MeetingRequest r, ContactId keep) {
        return new MeetingRequest(r.id(), keep, r.requestedOn(), r.initiator(), r.ask(), r.format(), r.place(),
                r.proposedAt(), r.estimate(), r.status(), r.schedule(), r.alternative(), r.message(), r.version());
    }
}
