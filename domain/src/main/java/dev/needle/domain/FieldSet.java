package dev.needle.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * The fields of one kind of record, by the names people know them by: read one at a time, written
 * together (so rules spanning fields, such as "closed kindly keeps its message", are checked once on
 * the result). Ids and versions are not fields: a change never moves them.
 *
 * @param <R> the record
 */
public final class FieldSet<R> {
    private final String kind;
    private final Map<String, Function<R, ?>> readers;
    private final BiFunction<R, Values, R> writer;
    private final Map<String, BinaryOperator<Object>> joiners;

    private FieldSet(String kind, Map<String, Function<R, ?>> readers, BiFunction<R, Values, R> writer,
                     Map<String, BinaryOperator<Object>> joiners) {
        this.kind = kind;
        this.readers = readers;
        this.writer = writer;
        this.joiners = joiners;
    }

    /** Starts the fields of a kind of record ("contact"); {@code writer} builds a record from another and new values. */
    public static <R> Builder<R> of(String kind, BiFunction<R, Values, R> writer) {
        return new Builder<>(kind, writer);
    }

    /** What users call this kind of record. */
    public String kind() {
        return kind;
    }

    public List<String> names() {
        return List.copyOf(readers.keySet());
    }

    public Object value(R record, String field) {
        Function<R, ?> reader = readers.get(field);
        if (reader == null) {
            throw new InvalidValueException("field", "A " + kind + " has no field \"" + field + "\".");
        }
        return reader.apply(record);
    }

    /** How both values of {@code field} are kept together, when the field has a way of its own; else empty. */
    public Optional<BinaryOperator<Object>> joiner(String field) {
        return Optional.ofNullable(joiners.get(field));
    }

    /** {@code record} with the given fields set to the given values, everything else as it was. */
    public R with(R record, Map<String, Object> values) {
        values.keySet().forEach(field -> value(record, field));
        return writer.apply(record, new Values(this, record, values));
    }

    /** The fields that differ from {@code before} to {@code after}, with both values. */
    public Edit<R> diff(R before, R after) {
        Map<String, Object> from = new LinkedHashMap<>();
        Map<String, Object> to = new LinkedHashMap<>();
        readers.forEach((field, reader) -> {
            Object was = reader.apply(before);
            Object now = reader.apply(after);
            if (!Objects.equals(was, now)) {
                from.put(field, was);
                to.put(field, now);
            }
        });
        return new Edit<>(this, from, to);
    }

    /**
     * Three-way merge: the fields changed from {@code base} to {@code mine} applied onto {@code theirs}.
     * A field both sides changed, to different values, is a conflict (listed with their value); then
     * nothing is merged.
     */
    public Merge<R> merge(R base, R mine, R theirs) {
        Edit<R> ours = diff(base, mine);
        List<FieldValue> conflicts = new ArrayList<>();
        for (String field : ours.fields()) {
            Object theirValue = value(theirs, field);
            if (!Objects.equals(theirValue, value(base, field)) && !Objects.equals(theirValue, value(mine, field))) {
                conflicts.add(new FieldValue(field, theirValue));
            }
        }
        return conflicts.isEmpty() ? new Merge<>(java.util.Optional.of(ours.applyTo(theirs)), List.of())
                : new Merge<>(java.util.Optional.empty(), conflicts);
    }

    /** The result of a three-way merge: the merged record, or the fields both sides changed. */
    public record Merge<R>(java.util.Optional<R> merged, List<FieldValue> conflicts) {
        public Merge {
            conflicts = List.copyOf(conflicts);
        }
    }

    /** The values a writer builds from: the new one where given, the record's own elsewhere. */
    public static final class Values {
        private final FieldSet<?> fields;
        private final Object record;
        private final Map<String, Object> given;

        private <R> Values(FieldSet<R> fields, R record, Map<String, Object> given) {
            this.fields = fields;
            this.record = record;
            this.given = given;
        }

        @SuppressWarnings("unchecked")
        public <V> V get(String field) {
            if (given.containsKey(field)) {
                return (V) given.get(field);
            }
            return (V) ((FieldSet<Object>) fields).value(record, field);
        }
    }

    /** Names the fields one by one, in the order people read them. */
    public static final class Builder<R> {
        private final String kind;
        private final BiFunction<R, Values, R> writer;
        private final Map<String, Function<R, ?>> readers = new LinkedHashMap<>();
        private final Map<String, BinaryOperator<Object>> joiners = new LinkedHashMap<>();

        private Builder(String kind, BiFunction<R, Values, R> writer) {
            this.kind = kind;
            this.writer = writer;
        }

        public Builder<R> field(String name, Function<R, ?> reader) {
            readers.put(name, reader);
            return this;
        }

        /**
         * A field whose two values, both kept, are joined by {@code joiner} (the left one first) rather
         * than item by item: lines that belong together by a name of their own, say.
         */
        @SuppressWarnings("unchecked")
        public <V> Builder<R> field(String name, Function<R, V> reader, BinaryOperator<V> joiner) {
            readers.put(name, reader);
            joiners.put(name, (mine, theirs) -> joiner.apply((V) mine, (V) theirs));
            return this;
        }

        public FieldSet<R> build() {
            return new FieldSet<>(kind, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(readers)), writer,
                    Map.copyOf(joiners));
        }
    }
}
