package dev.needle.application;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The session's list of changes that can be taken back, newest last: each change is recorded with
 * what it was and the operation that reverses it. Only the last {@link #DEFAULT_CAPACITY} are kept.
 */
public final class UndoLog {
    public static final int DEFAULT_CAPACITY = 50;

    /** One reversible change: what it was, in words, and how to reverse it. */
    public record Change(String description, Runnable inverse) {
    }

    private final Deque<Change> changes = new ArrayDeque<>();
    private final int capacity;

    public UndoLog() {
        this(DEFAULT_CAPACITY);
    }

    public UndoLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("An undo log keeps at least one change.");
        }
        this.capacity = capacity;
    }

    public void record(String description, Runnable inverse) {
        changes.addLast(new Change(description, inverse));
        if (changes.size() > capacity) {
            changes.removeFirst();
        }
    }

    /**
     * Reverses the newest change and returns what it was; empty when there is nothing to undo. A
     * reversal that fails stays in the log so the user can retry after fixing the cause.
     */
    public Optional<String> undoLast() {
        Change last = changes.peekLast();
        if (last == null) {
            return Optional.empty();
        }
        last.inverse().run();
        changes.removeLast();
        return Optional.of(last.description());
    }

    public int size() {
        return changes.size();
    }
}
