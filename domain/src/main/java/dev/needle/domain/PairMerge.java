package dev.needle.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Two records of one person side by side, merged field by field over their {@link FieldSet}: for each
 * field where they differ, the left value, the right one, or (for a list or a {@link Joinable}) both.
 * Fields a record kind gains later come along by themselves. To start with, each field keeps the left
 * value unless it is empty there and not on the right, and lists and joinables keep both.
 *
 * @param blank a record whose values count as empty (what a new record holds)
 */
public record PairMerge<R>(FieldSet<R> fields, R left, R right, R blank, Map<String, Side> choices) {

    /** Whose value a field takes. */
    public enum Side { LEFT, RIGHT, BOTH }

    public PairMerge {
        Check.notNull("fields", fields);
        Check.notNull("left", left);
        Check.notNull("right", right);
        Check.notNull("blank", blank);
        choices = Map.copyOf(choices);
    }

    public static <R> PairMerge<R> of(FieldSet<R> fields, R left, R right, R blank) {
        Map<String, Side> choices = new LinkedHashMap<>();
        PairMerge<R> none = new PairMerge<>(fields, left, right, blank, Map.of());
        for (String field : none.differing()) {
            Object mine = fields.value(left, field);
            Object theirs = fields.value(right, field);
            Object empty = fields.value(blank, field);
            if (none.joinable(field)) {
                choices.put(field, Side.BOTH);
            } else {
                choices.put(field, Objects.equals(mine, empty) && !Objects.equals(theirs, empty) ? Side.RIGHT : Side.LEFT);
            }
        }
        return new PairMerge<>(fields, left, right, blank, choices);
    }

    /** The fields whose values differ, in the order the field set names them. */
    public List<String> differing() {
        return fields.diff(left, right).fields().stream().toList();
    }

    /** Whether both values of the field are lists (or else {@link Joinable}), so both can be kept. */
    public boolean joinable(String field) {
        Object mine = fields.value(left, field);
        Object theirs = fields.value(right, field);
        return mine instanceof Collection<?> && theirs instanceof Collection<?>
                || mine instanceof Joinable<?> && theirs != null && mine.getClass() == theirs.getClass();
    }

    public Side side(String field) {
        return choices.getOrDefault(field, Side.LEFT);
    }

    public PairMerge<R> choose(String field, Side side) {
        if (side == Side.BOTH && !joinable(field)) {
            throw new InvalidValueException(field, "Only a list can keep both values.");
        }
        Map<String, Side> chosen = new LinkedHashMap<>(choices);
        chosen.put(field, side);
        return new PairMerge<>(fields, left, right, blank, chosen);
    }

    /** The value the field will hold. */
    public Object value(String field) {
        Object mine = fields.value(left, field);
        Object theirs = fields.value(right, field);
        return switch (side(field)) {
            case LEFT -> mine;
            case RIGHT -> theirs;
            case BOTH -> fields.joiner(field).map(join -> join.apply(mine, theirs))
                    .orElseGet(() -> mine instanceof Joinable<?> ? joined(mine, theirs)
                            : both((Collection<?>) mine, (Collection<?>) theirs));
        };
    }

    /** The chosen values of the fields that differ: what the left record is to take on. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        differing().forEach(field -> values.put(field, value(field)));
        return values;
    }

    /** The left record holding the chosen values; a combination no record may hold is refused here. */
    public R merged() {
        return fields.with(left, values());
    }

    @SuppressWarnings("unchecked")
    private static Object joined(Object mine, Object theirs) {
        return ((Joinable<Object>) mine).joinedWith(theirs);
    }

    /**
     * Left's items first, then right's not already there; a set stays a set. Texts count as there when
     * only case, spaces or punctuation differ (ANA@acme.example, +34 600 and +34600 are there already).
     */
    private static Object both(Collection<?> mine, Collection<?> theirs) {
        Map<Object, Object> byKey = new LinkedHashMap<>();
        mine.forEach(item -> byKey.putIfAbsent(sameness(item), item));
        theirs.forEach(item -> byKey.putIfAbsent(sameness(item), item));
        return mine instanceof Set<?> ? new LinkedHashSet<>(byKey.values()) : List.copyOf(new ArrayList<>(byKey.values()));
    }

    private static Object sameness(Object item) {
        return item instanceof String text ? text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "")
                : item;
    }
}
