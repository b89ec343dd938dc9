package dev.needle.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one change did to one record: for each field it changed, the value before and after. Undoing
 * is applying the {@link #inverse()}; either way only these fields are written, so values another
 * session saved in other fields stay.
 *
 * @param <R> the record
 */
public final class Edit<R> {
    private final FieldSet<R> fields;
    private final Map<String, Object> before;
    private final Map<String, Object> after;

    Edit(FieldSet<R> fields, Map<String, Object> before, Map<String, Object> after) {
        this.fields = fields;
        this.before = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(before));
        this.after = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }

    /** The fields changed, in the order the record lists them. */
    public List<String> fields() {
        return List.copyOf(after.keySet());
    }

    public boolean isEmpty() {
        return after.isEmpty();
    }

    public FieldSet<R> fieldSet() {
        return fields;
    }

    /** The same change narrowed to the named fields (a use case known to touch only those). */
    public Edit<R> only(Set<String> names) {
        Map<String, Object> from = new LinkedHashMap<>(before);
        Map<String, Object> to = new LinkedHashMap<>(after);
        from.keySet().retainAll(names);
        to.keySet().retainAll(names);
        return new Edit<>(fields, from, to);
    }

    /** The change that takes this one back. */
    public Edit<R> inverse() {
        return new Edit<>(fields, after, before);
    }

    /**
     * The fields of {@code current} that no longer hold what this change started from, with the
     * value they hold now: someone changed them since. Empty when the change applies cleanly.
     */
    public List<FieldValue> changedSince(R current) {
        List<FieldValue> changed = new ArrayList<>();
        before.forEach((field, was) -> {
            Object now = fields.value(current, field);
            if (!Objects.equals(now, was) && !Objects.equals(now, after.get(field))) {
                changed.add(new FieldValue(field, now));
            }
        });
        return changed;
    }

    /** {@code current} with this change's fields set to their new values; every other field as it is. */
    public R applyTo(R current) {
        return fields.with(current, after);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Edit<?> edit && edit.fields == fields && edit.before.equals(before)
                && edit.after.equals(after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(before, after);
    }

    @Override
    public String toString() {
        return fields.kind() + " " + before + " → " + after;
    }
}
