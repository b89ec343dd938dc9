package dev.needle.application.service;

import dev.needle.application.port.in.CaptureAtEventUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.Origin;
import java.util.Optional;

/**
 * Captures one person met at an event, with the event as origin and a follow-up a few days after it.
 * At an event still to come nobody has been met there yet: the person is added to those expected.
 */
public final class CaptureAtEventService implements CaptureAtEventUseCase {
    private final ContactStore contacts;
    private final EventStore events;
    private final IdSource ids;
    private final ClockPort clock;
    private final Transactions transactions;

    public CaptureAtEventService(ContactStore contacts, EventStore events, IdSource ids, ClockPort clock,
                                 Transactions transactions) {
        this.contacts = contacts;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public Captured capture(Command command) {
        Event event = Records.event(events, command.event());
        Contact.Draft person = Contact.created(new ContactId(ids.next()), command.name()).edit()
                .company(command.company()).role(command.role()).notes(command.notes());
        if (event.isStillToCome(clock.today())) {
            return transactions.inTransaction(() -> {
                Contact saved = contacts.save(person.build());
                return new Captured(saved, Optional.of(events.save(event.expecting(saved.id()))));
            });
        }
        return new Captured(contacts.save(person
                .origin(new Origin(Optional.of(event.id()), event.place(), Optional.of(event.date()), Optional.empty()))
                .nextFollowUp(Optional.of(event.date().plusDays(command.followUpAfterDays())))
                .build()), Optional.empty());
    }
}
