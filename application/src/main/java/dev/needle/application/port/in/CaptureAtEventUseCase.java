package dev.needle.application.port.in;

import dev.needle.domain.Contact;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import java.util.Optional;

/**
 * Capture mode after an event: each person is tagged with the event (met there, on its date) and gets
 * a follow-up some days after it, so nobody met is forgotten; someone who was expected there is met, not
 * added again. Before the event, each is expected there, and someone new is not met yet.
 */
public interface CaptureAtEventUseCase {
    int DEFAULT_FOLLOW_UP_DAYS = 2;

    Captured capture(Command command);

    /**
     * The person saved, and, at an event still to come, the event as saved with them among those expected
     * (what an undo takes back besides the person). {@code known}: the person was in the address book
     * already and is expected as they are; an undo then leaves them there. {@code before}: after the event,
     * someone who was expected there, as they were before being met (what an undo puts back).
     */
    record Captured(Contact contact, Optional<Event> expectedAt, boolean known, Optional<Contact> before) {
        public Captured(Contact contact, Optional<Event> expectedAt, boolean known) {
            this(contact, expectedAt, known, Optional.empty());
        }
    }

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
