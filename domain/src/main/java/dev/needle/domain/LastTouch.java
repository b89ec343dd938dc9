package dev.needle.domain;

import java.time.LocalDate;

/** The latest interaction with someone, of any kind: when, and how. */
public record LastTouch(ContactId contact, LocalDate on, Channel channel) {
    public LastTouch {
        Check.notNull("contact", contact);
        Check.notNull("date", on);
        Check.notNull("channel", channel);
    }
}
