package dev.needle.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The user's local date and time; fixed in tests so "due today" means the same day every run. */
public interface ClockPort {
    LocalDate today();

    LocalDateTime now();

    /** This moment on the time line, for what is written in UTC (a card's REV): {@link #now} in the machine's zone. */
    default Instant instant() {
        return now().atZone(ZoneId.systemDefault()).toInstant();
    }
}
