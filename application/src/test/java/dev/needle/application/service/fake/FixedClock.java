package dev.needle.application.service.fake;

import dev.needle.application.port.out.ClockPort;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A clock stopped at one moment, so "today" is the same date on every run. */
public final class FixedClock implements ClockPort {
    private LocalDateTime now;

    public FixedClock(LocalDate today) {
        this.now = today.atTime(LocalTime.of(9, 30));
    }

    public void setToday(LocalDate today) {
        now = today.atTime(now.toLocalTime());
    }

    /** Stops the clock at {@code moment}: a test of what changes in the course of a day. */
    public void setNow(LocalDateTime moment) {
        now = moment;
    }

    @Override
    public LocalDate today() {
        return now.toLocalDate();
    }

    @Override
    public LocalDateTime now() {
        return now;
    }
}
