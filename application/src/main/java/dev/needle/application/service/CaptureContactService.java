package dev.needle.application.service;

import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.Origin;
import java.util.Optional;

/** Captures a person met just now or at an event, with whatever details are at hand. */
public final class CaptureContactService implements CaptureContactUseCase {
    private final ContactStore contacts;
    private final EventStore events;
    private final IdSource ids;
    private final ClockPort clock;

    public CaptureContactService(ContactStore contacts, EventStore events, IdSource ids, ClockPort clock) {
        this.contacts = contacts;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Contact capture(Command command) {
        Origin origin = command.event()
                .map(id -> Records.event(events, id))
                .map(this::metAt)
                .orElseGet(() -> new Origin(Optional.empty(), "", Optional.of(clock.today()), Optional.empty()));
        Contact contact = Contact.created(new ContactId(ids.next()), command.name()).edit()
                .company(command.company())
                .role(command.role())
                .offers(command.offers())
                .origin(origin)
                .nextFollowUp(command.followUpOn())
                .build();
        return contacts.save(contact);
    }

    private Origin metAt(Event event) {
        Origin origin = Origin.atEvent(event.id(), event.date());
        return new Origin(origin.event(), event.place(), origin.on(), origin.introducedBy());
    }
}
