package dev.needle.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When someone comes due for a touch: the cadence that applies (their own, or {@code fromTag}'s
 * default), the date, and the last interaction it counts from, if any was logged.
 */
public record TouchDue(Contact contact, Cadence cadence, Optional<Tag> fromTag, LocalDate dueOn, Optional<LastTouch> last) {
    public TouchDue {
        Check.notNull("contact", contact);
        Check.notNull("cadence", cadence);
        fromTag = Check.opt(fromTag);
        Check.notNull("due on", dueOn);
        last = Check.opt(last);
    }

    public boolean isDueBy(LocalDate day) {
        return !dueOn.isAfter(day);
    }

    /** Days past the due date on {@code today}; zero or less when not overdue. */
    public long daysOverdue(LocalDate today) {
        return ChronoUnit.DAYS.between(dueOn, today);
    }

    /** Where the cadence comes from, in words: "own" or "tag mentors". */
    public String source() {
        return fromTag.map(t -> "tag " + t.value()).orElse("own");
    }
}
