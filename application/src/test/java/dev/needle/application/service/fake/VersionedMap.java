package dev.needle.application.service.fake;

import dev.needle.application.EditConflictException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Records by id with the stores' versioned save: version 0 inserts as version 1; otherwise the
 * stored version must equal the given one and the save returns it plus one, else an edit conflict.
 */
public final class VersionedMap<K extends Comparable<K>, V> implements Rollback {
    private final String what;
    private final Function<V, K> id;
    private final ToLongFunction<V> version;
    private final BiFunction<V, Long, V> withVersion;
    private TreeMap<K, V> records = new TreeMap<>();
    private RuntimeException nextSaveFailure;
    private WriteLock lock = new WriteLock();

    public VersionedMap(String what, Function<V, K> id, ToLongFunction<V> version, BiFunction<V, Long, V> withVersion) {
        this.what = what;
        this.id = id;
        this.version = version;
        this.withVersion = withVersion;
    }

    public Optional<V> find(K key) {
        return Optional.ofNullable(records.get(key));
    }

    public List<V> all(Comparator<V> order) {
        return records.values().stream().sorted(order).toList();
    }

    public List<V> where(Predicate<V> filter, Comparator<V> order) {
        return records.values().stream().filter(filter).sorted(order).toList();
    }

    public V save(V value) {
        return lock.holding(() -> store(value));
    }

    private V store(V value) {
        if (nextSaveFailure != null) {
            RuntimeException failure = nextSaveFailure;
            nextSaveFailure = null;
            throw failure;
        }
        K key = id.apply(value);
        long given = version.applyAsLong(value);
        V stored = records.get(key);
        if (given == 0 ? stored != null : stored == null || version.applyAsLong(stored) != given) {
            throw new EditConflictException(what, key);
        }
        V saved = withVersion.apply(value, given + 1);
        records.put(key, saved);
        return saved;
    }

    public boolean delete(K key) {
        return lock.holding(() -> records.remove(key) != null);
    }

    /** The next save throws this instead of storing anything: a full disk, a dropped connection. */
    public void failNextSave(RuntimeException failure) {
        nextSaveFailure = failure;
    }

    @Override
    public void writeUnder(WriteLock lock) {
        this.lock = lock;
    }

    @Override
    public Runnable snapshot() {
        TreeMap<K, V> copy = new TreeMap<>(records);
        return () -> records = new TreeMap<>(copy);
    }
}
