package dev.needle.application.port.in;

import dev.needle.application.port.in.DeleteContactUseCase.Removed;
import dev.needle.domain.Assignment;
import dev.needle.domain.Budget;
import dev.needle.domain.Contact;
import dev.needle.domain.Edit;
import dev.needle.domain.Event;
import dev.needle.domain.Interaction;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Need;
import dev.needle.domain.PrivateNote;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import dev.needle.domain.TeammateId;
import java.util.Optional;
import java.util.Set;

/**
 * What one step the user took did to one record, as undo and redo need it: the fields an edit
 * changed (never the whole record), or the record that was added or removed. Each has its inverse.
 */
public sealed interface RecordChange {
    /** The change that takes this one back. */
    RecordChange inverse();

    /** The record's name as the user knows it ("Ann Lee", "\"Second need\""). */
    String label();

    record ContactEdited(Contact record, Edit<Contact> edit) implements RecordChange {
        public RecordChange inverse() { return new ContactEdited(record, edit.inverse()); }
        public String label() { return record.name(); }
    }

    record NeedEdited(Need record, Edit<Need> edit) implements RecordChange {
        public RecordChange inverse() { return new NeedEdited(record, edit.inverse()); }
        public String label() { return "\"" + record.title() + "\""; }
    }

    record RequestEdited(MeetingRequest record, String contactName, Edit<MeetingRequest> edit) implements RecordChange {
        public RecordChange inverse() { return new RequestEdited(record, contactName, edit.inverse()); }
        public String label() { return "the request of " + contactName; }
    }

    record EventEdited(Event record, Edit<Event> edit) implements RecordChange {
        public RecordChange inverse() { return new EventEdited(record, edit.inverse()); }
        public String label() { return record.name(); }
    }

    /** A contact (with its history) comes into the database ({@code present}) or leaves it. */
    record ContactPresence(Removed contact, boolean present) implements RecordChange {
        public RecordChange inverse() { return new ContactPresence(contact, !present); }
        public String label() { return contact.contact().name(); }
    }

    record NeedPresence(Need need, boolean present) implements RecordChange {
        public RecordChange inverse() { return new NeedPresence(need, !present); }
        public String label() { return "\"" + need.title() + "\""; }
    }

    record EventPresence(Event event, boolean present) implements RecordChange {
        public RecordChange inverse() { return new EventPresence(event, !present); }
        public String label() { return event.name(); }
    }

    record RequestPresence(MeetingRequest request, String contactName, boolean present) implements RecordChange {
        public RecordChange inverse() { return new RequestPresence(request, contactName, !present); }
        public String label() { return "the request of " + contactName; }
    }

    record InteractionPresence(Interaction interaction, boolean present) implements RecordChange {
        public RecordChange inverse() { return new InteractionPresence(interaction, !present); }
        public String label() { return "the interaction of " + interaction.date(); }
    }

    record BudgetSet(Budget from, Budget to) implements RecordChange {
        public RecordChange inverse() { return new BudgetSet(to, from); }
        public String label() { return "Your budget"; }
    }

    /** What the acting person can offer, replaced whole (each teammate has their own). */
    record OffersSet(Set<Tag> from, Set<Tag> to) implements RecordChange {
        public OffersSet {
            from = Set.copyOf(from);
            to = Set.copyOf(to);
        }

        public RecordChange inverse() { return new OffersSet(to, from); }
        public String label() { return "What you can offer"; }
    }

    /** A person's keep-in-touch settings (cadence, snooze) replaced whole; {@code name} is the person's. */
    record KeepInTouchSet(String name, KeepInTouch from, KeepInTouch to) implements RecordChange {
        public RecordChange inverse() { return new KeepInTouchSet(name, to, from); }
        public String label() { return "keeping in touch with " + name; }
    }

    /**
     * One author's private note on a person replaced whole (a blank note is none); {@code name} is the
     * person's. A merge puts every author's on the merging session's stack, so what undo says of one
     * never quotes its text.
     */
    record PrivateNoteSet(String name, PrivateNote from, PrivateNote to) implements RecordChange {
        public RecordChange inverse() { return new PrivateNoteSet(name, to, from); }
        public String label() { return name; }
    }

    /** A tag's default cadence set, changed or removed (empty). */
    record TagCadenceSet(Tag tag, Optional<TagCadence> from, Optional<TagCadence> to) implements RecordChange {
        public RecordChange inverse() { return new TagCadenceSet(tag, to, from); }
        public String label() { return "the cadence of tag " + tag.value(); }
    }

    /**
     * A duty of a record (a contact's owner or follow-up, a meeting) given to a teammate, or back to its
     * default (empty); {@code name} is the contact's.
     */
    record AssignmentSet(String name, Assignment.Duty duty, long record, Optional<TeammateId> from,
                         Optional<TeammateId> to) implements RecordChange {
        public RecordChange inverse() { return new AssignmentSet(name, duty, record, to, from); }
        public String label() { return name; }
    }
}
