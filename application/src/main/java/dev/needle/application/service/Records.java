package dev.needle.application.service;

import dev.needle.application.NotFoundException;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;

/** Loads a record the user named, or says it is gone; shared so every service words it the same. */
final class Records {
    private Records() {
    }

    static Contact contact(ContactStore store, ContactId id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("contact", id));
    }

    static Need need(NeedStore store, NeedId id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("need", id));
    }

    static MeetingRequest request(MeetingRequestStore store, MeetingRequestId id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("meeting request", id));
    }

    static Event event(EventStore store, EventId id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("event", id));
    }
}
