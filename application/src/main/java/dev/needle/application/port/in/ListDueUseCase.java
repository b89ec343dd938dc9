package dev.needle.application.port.in;

import dev.needle.domain.Need;
import dev.needle.domain.TouchDue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Who is losing touch: due now or within some days, longest overdue first. */
public interface ListDueUseCase {
    /** Everyone due on or before {@code withinDays} after today (0: due today or overdue). */
    Due due(int withinDays);

    /**
     * {@link #due}, when it can be answered without waiting for everyone to be read (a tag's default
     * cadence can make anyone due); empty while that read is still to come. The full screen draws its
     * first frame without the list and redraws once {@link #whenAtHand} says it is here.
     */
    default Optional<Due> dueAtHand(int withinDays) {
        return Optional.of(due(withinDays));
    }

    /**
     * Runs {@code then} when a list {@link #dueAtHand} could not answer becomes answerable, and when
     * the read it waits for fails ({@link #readFailed}), in which case it waits on for {@link #readAgain}.
     */
    default void whenAtHand(Runnable then) {
        // Always answerable: nothing to wait for.
    }

    /** True when the read {@link #dueAtHand} waits for failed: the list comes only after {@link #readAgain}. */
    default boolean readFailed() {
        return false;
    }

    /** Starts the read {@link #dueAtHand} waits for again, after it failed. */
    default void readAgain() {
        // Always answerable: nothing to read again.
    }

    /** The list as of {@code today}, each person with the open needs they can serve. */
    record Due(LocalDate today, List<Person> people) {
        public Due {
            people = List.copyOf(people);
        }
    }

    record Person(TouchDue touch, long daysOverdue, List<Need> serves) {
        public Person {
            serves = List.copyOf(serves);
        }
    }
}
