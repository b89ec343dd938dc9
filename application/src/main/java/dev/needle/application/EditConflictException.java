package dev.needle.application;

import dev.needle.domain.FieldValue;
import java.util.List;
import java.util.Optional;

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
    /** "changed by Alice at 10:42", when who changed the record is known; empty otherwise. */
    private final String changedBy;

    public EditConflictException(String what, Object id) {
        this(what, id, "", List.of());
    }

    /** {@code recordName} is the record as the user knows it ("Maria Lopez"); {@code conflicts} hold their values. */
    public EditConflictException(String what, Object id, String recordName, List<FieldValue> conflicts) {
        // No id: the user never sees ids. The screens that edit a record name it and offer to compare.
        this(what, id, recordName, conflicts, "", (recordName.isBlank() ? "This " + what : recordName)
                + " was changed in another session meanwhile; open it again to see the change.");
    }

    private EditConflictException(String what, Object id, String recordName, List<FieldValue> conflicts,
                                  String changedBy, String message) {
        super(message);
        this.what = what;
        this.id = id;
        this.recordName = recordName;
        this.conflicts = List.copyOf(conflicts);
        this.changedBy = changedBy;
    }

    /**
     * The same refusal naming who changed the record and when ({@code changedBy}: "changed by Alice at
     * 10:42"), and the record by {@code name} when this one did not know it: "Maria Lopez's role was
     * changed by Alice at 10:42; open it again to see the change."
     */
    public EditConflictException naming(String name, String changedBy) {
        String known = recordName.isBlank() ? name : recordName;
        String subject = known.isBlank() ? "This " + what : known;
        List<String> fields = conflicts.stream().map(FieldValue::field).distinct().toList();
        String message = fields.isEmpty()
                ? subject + " was " + changedBy + "; open it again to see the change."
                : possessive(subject) + " " + listed(fields) + (fields.size() == 1 ? " was " : " were ") + changedBy
                        + "; open it again to see the change.";
        return new EditConflictException(what, id, known, conflicts, changedBy, message);
    }

    private static String possessive(String name) {
        return name + "'s";
    }

    private static String listed(List<String> fields) {
        if (fields.size() == 1) {
            return fields.get(0);
        }
        return String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.get(fields.size() - 1);
    }

    /** Who changed the record and when ("changed by Alice at 10:42"), when known. */
    public Optional<String> changedBy() {
        return changedBy.isEmpty() ? Optional.empty() : Optional.of(changedBy);
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
