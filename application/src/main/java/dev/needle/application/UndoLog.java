package dev.needle.application;

import dev.needle.application.port.in.RecordChange;
import dev.needle.application.port.in.RevertUseCase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The session's changes as a stack, newest on top, with the steps undone kept for redo until a new
 * change is made. A change that cannot be undone is on the stack too: undo stops there and says so,
 * rather than reaching past it to an older change. Only the last {@link #DEFAULT_CAPACITY} are kept.
 */
public final class UndoLog {
    public static final int DEFAULT_CAPACITY = 50;

    /**
     * One step: what it was, in words ("edit of Ann Lee"), and the record changes it made, in the
     * order made; empty when the step cannot be undone.
     */
    public record Step(String description, Optional<List<RecordChange>> changes) {
        public Step {
            changes = changes.map(List::copyOf);
        }

        /** The changes that take this step back: each inverted, newest first. */
        List<RecordChange> undoing() {
            List<RecordChange> back = new ArrayList<>(changes.orElseThrow().stream().map(RecordChange::inverse).toList());
            Collections.reverse(back);
            return back;
        }
    }

    /** What pressing undo (or redo) did. */
    public sealed interface Outcome {
        /** The stack (or the redo side) is empty. */
        record Nothing() implements Outcome { }

        /** The step was taken back (or made again). */
        record Done(String description) implements Outcome { }

        /** The newest step cannot be undone; nothing changed and the stack stays. */
        record CannotUndo(String description) implements Outcome { }

        /**
         * Other sessions changed every field the step would write: nothing of this session's is left to
         * undo. Nothing changed, and the step is off the stack, so undo goes on to the one before.
         */
        record Superseded(String description, List<RevertUseCase.Meanwhile> meanwhile) implements Outcome {
            public Superseded {
                meanwhile = List.copyOf(meanwhile);
            }
        }

        /** Another session changed fields the step would write; nothing changed until the user agrees. */
        record ChangedMeanwhile(String description, List<RevertUseCase.Meanwhile> meanwhile) implements Outcome {
            public ChangedMeanwhile {
                meanwhile = List.copyOf(meanwhile);
            }
        }
    }

    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();
    private final int capacity;
    /** Moves on with every change made, undone or redone; see {@link #moves()}. */
    private long moves;

    public UndoLog() {
        this(DEFAULT_CAPACITY);
    }

    public UndoLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("An undo log keeps at least one change.");
        }
        this.capacity = capacity;
    }

    /** A new change: on top of the stack; what was undone can no longer be redone. */
    public void record(String description, List<RecordChange> changes) {
        push(new Step(description, Optional.of(changes)));
    }

    /** A change that cannot be undone: undo will stop at it and say so. */
    public void recordFinal(String description) {
        push(new Step(description, Optional.empty()));
    }

    private void push(Step step) {
        moves++;
        undone.clear();
        done.addLast(step);
        if (done.size() > capacity) {
            done.removeFirst();
        }
    }

    /**
     * Takes back the newest step through {@code revert}, only the fields it changed; when another
     * session changed them since, nothing happens unless {@code overwrite}. A failing step stays, but
     * one whose every field other sessions changed since is dropped: none of it is this session's any more.
     */
    public Outcome undo(RevertUseCase revert, boolean overwrite) {
        Step last = done.peekLast();
        if (last == null) {
            return new Outcome.Nothing();
        }
        if (last.changes().isEmpty()) {
            return new Outcome.CannotUndo(last.description());
        }
        RevertUseCase.Outcome outcome = revert.apply(last.undoing(), overwrite);
        if (outcome.superseded()) {
            // Taking it back now would only undo what another session did since.
            done.removeLast();
            return new Outcome.Superseded(last.description(), outcome.meanwhile());
        }
        if (!outcome.applied()) {
            return new Outcome.ChangedMeanwhile(last.description(), outcome.meanwhile());
        }
        undone.addLast(done.removeLast());
        moves++;
        return new Outcome.Done(last.description());
    }

    /** Makes the newest undone step again, with the same care for other sessions' changes. */
    public Outcome redo(RevertUseCase revert, boolean overwrite) {
        Step next = undone.peekLast();
        if (next == null) {
            return new Outcome.Nothing();
        }
        RevertUseCase.Outcome outcome = revert.apply(next.changes().orElseThrow(), overwrite);
        if (!outcome.applied()) {
            return new Outcome.ChangedMeanwhile(next.description(), outcome.meanwhile());
        }
        done.addLast(undone.removeLast());
        moves++;
        return new Outcome.Done(next.description());
    }

    /**
     * How many times this session changed data through the log (a change recorded, undone or redone):
     * a screen that counts what waits can ask again only when this moved, not after every key.
     */
    public long moves() {
        return moves;
    }

    public int size() {
        return done.size();
    }

    public int redoable() {
        return undone.size();
    }
}
