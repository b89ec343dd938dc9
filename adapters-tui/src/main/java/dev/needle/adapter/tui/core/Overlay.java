package dev.needle.adapter.tui.core;

import java.util.List;
import java.util.function.Function;

/** A box drawn over the current screen that takes the next key. */
public sealed interface Overlay {
    /** Every key of the current screen, opened with {@code ?}; any key closes it. */
    record Help(String screen, List<KeyHint> keys) implements Overlay {
        public Help {
            keys = List.copyOf(keys);
        }
    }

    /** A yes/no question; only y means yes, so Enter, n and Esc all keep things as they are. */
    record Confirm(String question, Function<Session, Step> onYes) implements Overlay {
    }
}
