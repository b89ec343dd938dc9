package dev.needle.application.port.out;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The user's local date and time; fixed in tests so "due today" means the same day every run. */
public interface ClockPort {
    LocalDate today();

    LocalDateTime now();
}
