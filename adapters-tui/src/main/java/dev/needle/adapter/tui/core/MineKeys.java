package dev.needle.adapter.tui.core;

import java.util.Optional;

/**
 * The two team keys that work on every screen that offers them, only when more than one person shares
 * the database: M switches the lists between one's own and everyone's, and {@code >} gives the
 * selected record's duty to a teammate.
 */
final class MineKeys {
    private MineKeys() {
    }

    static Binding toggle(View current, MineScope scope, boolean shared) {
        return Binding.on("M", scope.mineOnly() ? "everyone's" : "mine only", (k, s) -> {
            boolean mine = s.scope().toggle();
            return Step.stay(current.refreshed(s)).say(mine ? "Showing only yours; M shows everyone's."
                    : "Showing everyone's; M shows only yours.");
        }).when(shared && current instanceof MineOrAll);
    }

    static Binding give(View current, boolean shared) {
        Optional<Assignable.Giving> giving = shared && current instanceof Assignable a ? a.giving() : Optional.empty();
        return Binding.on(">", "give to…", (k, s) -> TeammatePicker.open(giving.get(), s)).when(giving.isPresent());
    }
}
