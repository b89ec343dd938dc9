package dev.needle.application.port.in;

import dev.needle.domain.Contact;
import dev.needle.domain.EventId;

/**
 * Capture mode after an event: each person is tagged with the event (met there, on its date) and gets
 * a follow-up some days after it, so nobody met is forgotten.
 */
public interface CaptureAtEventUseCase {
    int DEFAULT_FOLLOW_UP_DAYS = 2;

    Contact capture(Command command);

    record Command(EventId event, String name, String company, String role, String notes, int followUpAfterDays) {
        public Command {
            company = company == null ? "" : company;
            role = role == null ? "" : role;
            notes = notes == null ? "" : notes;
            if (followUpAfterDays < 0) {
                throw new IllegalArgumentException("Follow-up days cannot be negative.");
            }
        }

        public static Command of(EventId event, String name, String company, String role, String notes) {
            return new Command(event, name, company, role, notes, DEFAULT_FOLLOW_UP_DAYS);
        }
    }
}
