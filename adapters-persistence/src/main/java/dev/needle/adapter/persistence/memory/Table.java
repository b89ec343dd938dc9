package dev.needle.adapter.persistence.memory;

import dev.needle.application.EditConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * One kind of record in memory, kept in id order. Not thread-safe on its own: {@link InMemoryDatabase}
 * guards every table with one lock.
 */
final class Table<K extends Comparable<K>, V> {
    private final String what;
    private final Function<V, K> idOf;
    private final ToLongFunction<V> versionOf;
    private final BiFunction<V, Long, V> withVersion;
    private final TreeMap<K, V> rows = new TreeMap<>();
    /** How many writes this table took; only counts up, even over a rollback, so readers see a change. */
    private long writes;

    private Table(String what, Function<V, K> idOf, ToLongFunction<V> versionOf, BiFunction<V, Long, V> withVersion) {
        this.what = what;
        this.idOf = idOf;
        this.versionOf = versionOf;
        this.withVersion = withVersion;
    }

    /** A table whose {@link #save} follows the optimistic locking of {@code ContactStore#save}. */
    static <K extends Comparable<K>, V> Table<K, V> versioned(String what, Function<V, K> idOf,
                                                              ToLongFunction<V> versionOf, BiFunction<V, Long, V> withVersion) {
        return new Table<>(what, idOf, versionOf, withVersion);
    }

    /** A table of records without versions, written only with {@link #put}. */
    static <K extends Comparable<K>, V> Table<K, V> plain(String what, Function<V, K> idOf) {
        return new Table<>(what, idOf, record -> 0, (record, version) -> record);
    }

    Optional<V> find(K id) {
        return Optional.ofNullable(rows.get(id));
    }

    /** Every record, by id. */
    List<V> all() {
        return new ArrayList<>(rows.values());
    }

    /** The records from this key on, in key order. */
    List<V> from(K first) {
        return List.copyOf(rows.tailMap(first, true).values());
    }

    List<V> where(Predicate<V> condition) {
        return rows.values().stream().filter(condition).toList();
    }

    void put(V record) {
        writes++;
        rows.put(idOf.apply(record), record);
    }

    /**
     * Inserts at version 0, otherwise replaces only the version the caller read; the stored record
     * carries the next version. A taken id or a missing or newer row means someone else got there first.
     */
    V save(V record) {
        K id = idOf.apply(record);
        long readVersion = versionOf.applyAsLong(record);
        long storedVersion = find(id).map(versionOf::applyAsLong).orElse(0L);
        boolean matches = readVersion == 0 ? !rows.containsKey(id) : readVersion == storedVersion;
        if (!matches) {
            throw new EditConflictException(what, id);
        }
        V stored = withVersion.apply(record, readVersion + 1);
        writes++;
        rows.put(id, stored);
        return stored;
    }

    boolean remove(K id) {
        writes++;
        return rows.remove(id) != null;
    }

    /** True when some record was removed. */
    boolean removeWhere(Predicate<V> condition) {
        writes++;
        return rows.values().removeIf(condition);
    }

    long writes() {
        return writes;
    }

    /** Remembers the current rows; running the result puts them back. Records are immutable, so a shallow copy is enough. */
    Runnable checkpoint() {
        TreeMap<K, V> saved = new TreeMap<>(rows);
        return () -> {
            rows.clear();
            rows.putAll(saved);
        };
    }
}
