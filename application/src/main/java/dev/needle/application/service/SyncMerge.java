package dev.needle.application.service;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactMerge;
import dev.needle.domain.Edit;
import dev.needle.domain.FieldSet;
import dev.needle.domain.FieldValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Merges a contact changed in Needle and in the address book since the last sync, field by field:
 * each field only one side changed takes that side's value. A field both sides changed to different
 * values keeps Needle's value (Needle is where the user keeps the relationship), and the address
 * book's value is not lost: it goes into a conflict note appended to the contact's notes, dated and
 * naming the side, which both sides then show.
 */
record SyncMerge(Contact merged, Optional<String> conflictNote) {
    private static final FieldSet<Contact> FIELDS = Contact.FIELDS;

    /**
     * {@code base}, {@code mine} and {@code theirs} are compared as cards show them (each read from a
     * card onto {@code needle}), so a field a card does not carry never looks changed; the merge is
     * applied to {@code needle} itself.
     */
    static SyncMerge of(Contact base, Contact mine, Contact theirs, Contact needle, LocalDate today) {
        Edit<Contact> ours = FIELDS.diff(base, mine);
        Edit<Contact> their = FIELDS.diff(base, theirs);
        Map<String, Object> take = new LinkedHashMap<>();
        List<String> lost = new ArrayList<>();
        for (String field : their.fields()) {
            Object theirValue = FIELDS.value(theirs, field);
            if (!ours.fields().contains(field)) {
                take.put(field, theirValue);
            } else if (!Objects.equals(FIELDS.value(mine, field), theirValue)) {
                lost.add(field + ": " + new FieldValue(field, theirValue).shown());
            }
        }
        Contact merged = FIELDS.with(needle, take);
        return withNote(merged, lost, today, "both Needle and the address book changed this. Needle's value was"
                + " kept. The address book had");
    }

    /**
     * The first time a contact and a card are found to be the same person: Needle's values stay, the
     * card fills what is empty and adds addresses and tags (the importers' merge); every value the two
     * disagree on is kept in the conflict note.
     */
    static SyncMerge firstTime(Contact needle, Contact theirs, LocalDate today) {
        ContactMerge merge = needle.absorb(theirs);
        return withNote(merge.merged(), merge.notes(), today, "Needle and the address book disagreed when first"
                + " synced. Needle's value was kept");
    }

    private static SyncMerge withNote(Contact merged, List<String> lines, LocalDate today, String why) {
        if (lines.isEmpty()) {
            return new SyncMerge(merged, Optional.empty());
        }
        StringBuilder note = new StringBuilder("Sync conflict ").append(today).append(": ").append(why).append(':');
        lines.forEach(line -> note.append("\n- ").append(line));
        String notes = merged.notes().isBlank() ? note.toString() : merged.notes().strip() + "\n\n" + note;
        return new SyncMerge(merged.edit().notes(notes).build(), Optional.of(String.join("; ", lines)));
    }
}
