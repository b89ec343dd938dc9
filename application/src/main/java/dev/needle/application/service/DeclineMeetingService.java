package dev.needle.application.service;

import dev.needle.application.port.in.DeclineMeetingUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;

/** Declines a request kindly and closes the contact with the same message, all or nothing. */
public final class DeclineMeetingService implements DeclineMeetingUseCase {
    private final MeetingRequestStore requests;
    private final ContactStore contacts;
    private final ClockPort clock;
    private final Transactions transactions;

    public DeclineMeetingService(MeetingRequestStore requests, ContactStore contacts, ClockPort clock,
                                 Transactions transactions) {
        this.requests = requests;
        this.contacts = contacts;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public MeetingRequest decline(MeetingRequestId id, String message) {
        return transactions.inTransaction(() -> {
            MeetingRequest declined = requests.save(Records.request(requests, id).decline(message));
            Contact contact = Records.contact(contacts, declined.contact());
            contacts.save(contact.closeKindly(message, clock.today()));
            return declined;
        });
    }
}
