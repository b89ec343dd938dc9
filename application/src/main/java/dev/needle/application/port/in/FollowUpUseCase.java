package dev.needle.application.port.in;

import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Keeps follow-ups moving: set or clear the date, snooze it by some days from today, or complete it,
 * which logs the touchpoint and sets (or clears) the next follow-up in one go.
 */
public interface FollowUpUseCase {
    Contact setFollowUp(ContactId contact, Optional<LocalDate> on);

    /** Moves the follow-up to {@code days} after today. */
    Contact snooze(ContactId contact, int days);

    Contact complete(Completion completion);

    /** What the follow-up was: how, how long, notes; and when to follow up next, if at all. */
    record Completion(ContactId contact, Channel channel, int minutes, String notes, Optional<LocalDate> next) {
        public Completion {
            notes = notes == null ? "" : notes;
            next = next == null ? Optional.empty() : next;
        }
    }
}
