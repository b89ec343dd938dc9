package dev.needle.application.port.in;

import dev.needle.domain.ReminderDigest;

/**
 * Sends one digest of what is due today (follow-ups, people losing touch, meetings in the next day)
 * by the configured channel, leaving out what was already sent today. When the channel fails nothing
 * is recorded as sent, so the next run tries again.
 */
public interface RemindUseCase {
    /** Sends the digest when there is anything new to send. */
    Outcome remind();

    /** What would be sent now, without sending or recording it. */
    ReminderDigest preview();

    /** The digest sent; empty when there was nothing new. */
    record Outcome(ReminderDigest sent) {
        public boolean sentAnything() {
            return !sent.isEmpty();
        }
    }
}
