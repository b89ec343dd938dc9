package dev.needle.adapter.tui.core;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The selected row of a list of {@code size} rows; moves never leave the list. */
public record Cursor(int index, int size) {
    public Cursor {
        size = Math.max(0, size);
        index = size == 0 ? 0 : Math.max(0, Math.min(index, size - 1));
    }

    public static Cursor over(int size) {
        return new Cursor(0, size);
    }

    public Cursor resized(int newSize) {
        return new Cursor(index, newSize);
    }

    /**
     * This cursor moved from the rows {@code before} to the reloaded rows {@code after}: on the same record
     * (told apart by {@code key}) wherever it moved to, or at the same place when that record is gone,
     * so a list that changed under the user does not move their selection.
     */
    public <T> Cursor following(List<T> before, List<T> after, Function<T, ?> key) {
        if (!isEmpty() && index < before.size()) {
            Object selected = key.apply(before.get(index));
            for (int i = 0; i < after.size(); i++) {
                if (key.apply(after.get(i)).equals(selected)) {
                    return new Cursor(i, after.size());
                }
            }
        }
        return resized(after.size());
    }

    public Cursor at(int newIndex) {
        return new Cursor(newIndex, size);
    }

    /** The move a list key asks for (j/k, arrows, g/G, Home/End, PgUp/PgDn), if it is one. */
    public Optional<Cursor> move(Key key, int page) {
        if (key.is('j') || key.is(Key.Type.DOWN)) {
            return Optional.of(at(index + 1));
        }
        if (key.is('k') || key.is(Key.Type.UP)) {
            return Optional.of(at(index - 1));
        }
        if (key.is('g') || key.is(Key.Type.HOME)) {
            return Optional.of(at(0));
        }
        if (key.is('G') || key.is(Key.Type.END)) {
            return Optional.of(at(size - 1));
        }
        if (key.is(Key.Type.PAGE_DOWN)) {
            return Optional.of(at(index + page));
        }
        if (key.is(Key.Type.PAGE_UP)) {
            return Optional.of(at(index - page));
        }
        return Optional.empty();
    }

    /** The list keys as entries of a screen's key map; {@code to} is the screen with the moved cursor. */
    public java.util.List<Binding> keys(java.util.function.Function<Cursor, View> to) {
        Binding.Handler moved = (k, s) -> Step.stay(to.apply(move(k, s.pageSize()).orElseThrow()));
        boolean room = size > 1;
        return java.util.List.of(Binding.on("j/k ↑/↓", "move", moved).when(room).helpOnly(),
                Binding.on("g/G Home/End", "top/bottom", moved).when(room).helpOnly(),
                Binding.on("PgUp/PgDn", "page", moved).when(room).helpOnly());
    }

    /** First row to draw so the selection is visible in a window of {@code height} rows. */
    public int top(int height) {
        return Math.max(0, Math.min(index - height / 2, size - height));
    }

    public boolean isEmpty() {
        return size == 0;
    }
}
