package dev.needle.application.port.out;

import dev.needle.domain.ReminderDigest;

/** Where reminders reach the user outside Needle: a desktop notification, a mail. */
public interface ReminderChannel {
    /** Sends the digest, or throws {@link Failed} saying in one line why it could not. */
    void send(ReminderDigest digest);

    /** The channel could not deliver; the message says why, for a person (cron mails it). */
    final class Failed extends RuntimeException {
        public Failed(String message) {
            super(message);
        }
    }
}
