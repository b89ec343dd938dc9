package dev.needle.adapter.persistence.jdbi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Equal values read from many rows, held once: a whole address book read into memory repeats the
 * same few tag sets, meeting places and dates thousands of times, and each row would otherwise bring
 * its own copy. Only immutable values go in; the table is emptied when it grows past a few thousand,
 * so values that never repeat cannot make it grow without end.
 */
final class SharedValues {
    private static final int MOST = 8192;
    private final Map<Object, Object> seen = new ConcurrentHashMap<>();

    /** The value made before from a key equal to {@code key}, else {@code make}'s, held from now on. */
    @SuppressWarnings("unchecked")
    <K, V> V sharedBy(K key, java.util.function.Function<K, V> make) {
        if (seen.size() >= MOST) {
            seen.clear();
        }
        return (V) seen.computeIfAbsent(key, k -> make.apply((K) k));
    }

    /** The value held already when one equal to {@code value} was read before, else {@code value}. */
    @SuppressWarnings("unchecked")
    <T> T shared(T value) {
        if (seen.size() >= MOST) {
            seen.clear();
        }
        Object earlier = seen.putIfAbsent(value, value);
        return earlier == null ? value : (T) earlier;
    }
}
