package dev.needle.application.service;

import dev.needle.application.port.in.CaptureAtEventUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactSearch;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.CompanyName;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.Origin;
import dev.needle.domain.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Captures one person met at an event, with the event as origin and a follow-up a few days after it.
 * At an event still to come nobody has been met there yet: the person is added to those expected, not
 * met yet, and someone already in the address book is expected as they are ("Katrin Müller" of Enpal is
 * the Katrin Müller-Lüdenscheidt of Enpal known already) rather than added a second time. After it,
 * someone who was expected there is met there, the same person.
 */
public final class CaptureAtEventService implements CaptureAtEventUseCase {
    private final ContactStore contacts;
    private final ContactSearch search;
    private final EventStore events;
    private final IdSource ids;
    private final ClockPort clock;
    private final Transactions transactions;

    public CaptureAtEventService(ContactStore contacts, ContactSearch search, EventStore events, IdSource ids,
                                 ClockPort clock, Transactions transactions) {
        this.contacts = contacts;
        this.search = search;
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
            Optional<Contact> known = known(command);
            return transactions.inTransaction(() -> {
                Contact saved = known.orElseGet(() -> contacts.save(person.stage(Stage.NOT_MET_YET).build()));
                return new Captured(saved, Optional.of(events.save(event.expecting(saved.id()))), known.isPresent());
            });
        }
        Origin there = new Origin(Optional.of(event.id()), event.place(), Optional.of(event.date()), Optional.empty());
        LocalDate followUp = event.followUpAfter(command.followUpAfterDays(), clock.today());
        // Someone expected there and captured after it was met there: the same person, not a second one.
        Optional<Contact> expected = known(command).filter(c -> event.expected().contains(c.id()));
        if (expected.isPresent()) {
            // Read whole (the search lists people without their notes), and saved in the same unit.
            return transactions.inTransaction(() -> {
                Contact was = Records.contact(contacts, expected.get().id());
                return new Captured(contacts.save(was.metAt(there, followUp, command.company(), command.role(),
                        command.notes())), Optional.empty(), true, Optional.of(was));
            });
        }
        return new Captured(contacts.save(person.origin(there).nextFollowUp(Optional.of(followUp)).build()),
                Optional.empty(), false);
    }

    /**
     * The one contact the typed name and company mean: the name is theirs as people type it
     * ({@link Contact#answersTo}), and a company typed is theirs. None, or more than one, is nobody known: a guess between
     * two people would put the wrong one on the prep sheet.
     */
    private Optional<Contact> known(Command command) {
        if (command.name().isBlank()) {
            return Optional.empty();
        }
        List<Contact> found = search.search(command.name(), 50).stream()
                .filter(c -> c.answersTo(command.name()))
                .filter(c -> command.company().isBlank() || CompanyName.same(command.company(), c.company()))
                .limit(2).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
