package dev.needle.app;

import java.time.ZoneId;
import dev.needle.application.port.out.ClockPort;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The clock port on the machine's clock in the user's time zone. */
final class SystemClock implements ClockPort {
    private final Clock clock;

    SystemClock(Clock clock) {
        this.clock = clock;
    }

    /** The zone the clock reads in: the user's. */
    ZoneId zone() {
        return clock.getZone();
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    @Override
    public Instant instant() {
        return clock.instant();
    }
}
