package dev.needle.application.port.in;

import dev.needle.domain.Need;
import dev.needle.domain.TouchDue;
import java.time.LocalDate;
import java.util.List;

/** Who is losing touch: due now or within some days, longest overdue first. */
public interface ListDueUseCase {
    /** Everyone due on or before {@code withinDays} after today (0: due today or overdue). */
    Due due(int withinDays);

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
