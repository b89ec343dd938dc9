package dev.needle.adapter.persistence.memory;

import dev.needle.domain.Interaction;
import java.time.LocalDate;

/**
 * Where an interaction sits in the in-memory log: by date, then id. Budget periods read the log from
 * a date on, so keeping it in this order lets them skip the older entries instead of walking them all.
 */
record LogKey(LocalDate date, long id) implements Comparable<LogKey> {
    static LogKey of(Interaction interaction) {
        return new LogKey(interaction.date(), interaction.id().value());
    }

    /** Before every interaction of that day. */
    static LogKey startOf(LocalDate day) {
        return new LogKey(day, Long.MIN_VALUE);
    }

    @Override
    public int compareTo(LogKey other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : Long.compare(id, other.id);
    }
}
