package dev.needle.domain;

import java.time.LocalDate;

/** How a contact was closed kindly: the day and the message that was sent. */
public record Closure(LocalDate on, String message) {
    public Closure {
        Check.notNull("closing date", on);
        message = Check.required("closing message", message, 4000);
    }
}
