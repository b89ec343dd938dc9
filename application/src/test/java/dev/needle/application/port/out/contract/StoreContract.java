package dev.needle.application.port.out.contract;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.DirectionId;
import dev.needle.domain.EventId;
import dev.needle.domain.InteractionId;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.NeedId;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of every port contract: an adapter's test subclass says how to open its stores, and each test
 * runs against a database of its own. Records point at saved contacts and needs, so a database with
 * foreign keys passes the same tests.
 */
public abstract class StoreContract {
    /** The stores of the empty database this test runs against. */
    protected Stores db;

    /** Stores over a fresh, empty database; called once before each test. */
    protected abstract Stores stores();

    @BeforeEach
    void openEmptyDatabase() {
        db = stores();
    }

    protected ContactId newContactId() {
        return new ContactId(db.ids().next());
    }

    protected NeedId newNeedId() {
        return new NeedId(db.ids().next());
    }

    protected EventId newEventId() {
        return new EventId(db.ids().next());
    }

    protected DirectionId newDirectionId() {
        return new DirectionId(db.ids().next());
    }

    protected InteractionId newInteractionId() {
        return new InteractionId(db.ids().next());
    }

    protected MeetingRequestId newRequestId() {
        return new MeetingRequestId(db.ids().next());
    }

    /** A contact captured by name and saved, for records that must point at someone. */
    protected Contact savedContact(String name) {
        return db.contacts().save(Contact.capture(newContactId(), name));
    }
}
