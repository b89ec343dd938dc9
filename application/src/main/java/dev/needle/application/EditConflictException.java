package dev.needle.application;

import dev.needle.domain.FieldValue;
import java.util.List;

/**
 * A save was refused because the record changed since it was read, in another session or process,
 * in a field this save changes too. Never resolved by overwriting: {@link #conflicts()} lists those
 * fields with the values the other session saved, so the user can choose.
 */
public final class EditConflictException extends RuntimeException {
    private final String what;
    private final transient Object id;
    private final String recordName;
    private final transient List<FieldValue> conflicts;

    public EditConflictException(String what, Object id) {
        this(what, id, "", List.of());
    }

    /** {@code recordName} is the record as the user knows it ("Maria Lopez"); {@code conflicts} hold their values. */
    public EditConflictException(String what, Object id, String recordName, List<FieldValue> conflicts) {
        // No id: the user never sees ids. The screens that edit a record name it and offer to compare.
        super((recordName.isBlank() ? "This " + what : recordName)
                + " was changed in another session meanwhile; open it again to see the change.");
        this.what = what;
        this.id = id;
        this.recordName = recordName;
        this.conflicts = List.copyOf(conflicts);
    }

    /** The kind of record: "contact", "need". */
    public String what() {
        return what;
    }

    public Object id() {
        return id;
    }

    /** The record's name as the user knows it; empty when the store that refused did not know it. */
    public String recordName() {
        return recordName;
    }

    /** The fields both sessions changed, each with the value the other session saved; empty when unknown. */
    public List<FieldValue> conflicts() {
        return conflicts;
    }
}
