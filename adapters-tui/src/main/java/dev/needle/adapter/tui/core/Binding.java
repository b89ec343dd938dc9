package dev.needle.adapter.tui.core;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a screen's key map: the keys, what they do in a few words, whether they apply in the
 * screen's present state, and the handler. The hint bar, the {@code ?} help and the key dispatch
 * all read the same list, so a key cannot work without being listed, nor be listed without working.
 *
 * @param keys  the keys as the help writes them ("Enter/p", "j/k ↑/↓", "Ctrl-S"); see {@link KeyNames}
 * @param text  true for the entry that takes any printable character as typed text
 * @param inBar false for keys listed in the help only, so the hint bar keeps room for the rest
 */
public record Binding(String keys, String label, List<Key> matches, boolean text, boolean applies, boolean inBar,
                      Handler handler) {
    /** What the key does; it sees the key itself, for entries that stand for several keys. */
    @FunctionalInterface
    public interface Handler {
        Step handle(Key key, Session session);
    }

    public Binding {
        matches = List.copyOf(matches);
    }

    public static Binding on(String keys, String label, Handler handler) {
        return new Binding(keys, label, KeyNames.parse(keys), false, true, true, handler);
    }

    /** The entry for typed text: every printable key not claimed by an entry before it. */
    public static Binding typing(String label, Handler handler) {
        return new Binding("type", label, List.of(), true, true, true, handler);
    }

    /** Applies only while {@code condition} holds; otherwise neither listed nor answered. */
    public Binding when(boolean condition) {
        return new Binding(keys, label, matches, text, applies && condition, inBar, handler);
    }

    /** Listed in the help, left out of the hint bar. */
    public Binding helpOnly() {
        return new Binding(keys, label, matches, text, applies, false, handler);
    }

    public boolean answers(Key key) {
        return applies && (text ? key.isText() : matches.contains(key));
    }

    public KeyHint hint() {
        return KeyHint.of(keys, label);
    }

    /** A key map made of a shared group of entries (the list keys) and a screen's own. */
    public static List<Binding> list(List<Binding> first, Binding... more) {
        List<Binding> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    /** The first applicable entry for the key, run; unhandled when none answers it. */
    public static Step dispatch(List<Binding> bindings, Key key, Session session) {
        for (Binding b : bindings) {
            if (b.answers(key)) {
                return b.handler.handle(key, session);
            }
        }
        return Step.unhandled();
    }

    /** The hint bar's part: applicable entries meant for it, in order. */
    public static List<KeyHint> bar(List<Binding> bindings) {
        return bindings.stream().filter(b -> b.applies && b.inBar).map(Binding::hint).toList();
    }

    /** The help's part: every applicable entry, each written once. */
    public static List<KeyHint> help(List<Binding> bindings) {
        List<KeyHint> hints = new ArrayList<>();
        for (Binding b : bindings) {
            if (b.applies && !hints.contains(b.hint())) {
                hints.add(b.hint());
            }
        }
        return hints;
    }

    /** True when one of this entry's keys is already answered by an entry of {@code others}. */
    public boolean shadowedBy(List<Binding> others) {
        return applies && !text && matches.stream().allMatch(k -> others.stream().anyMatch(o -> o.answers(k)));
    }
}
