package dev.needle.application.service;

import dev.needle.application.port.in.OfferHelpUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;

/** Answers a request by helping; the contact moves to "following up", with a date, so the help is not forgotten. */
public final class OfferHelpService implements OfferHelpUseCase {
    private final MeetingRequestStore requests;
    private final ContactStore contacts;
    private final ClockPort clock;
    private final Transactions transactions;

    public OfferHelpService(MeetingRequestStore requests, ContactStore contacts, ClockPort clock, Transactions transactions) {
        this.requests = requests;
        this.contacts = contacts;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public Helped offerHelp(MeetingRequestId id, String message) {
        return transactions.inTransaction(() -> {
            MeetingRequest helping = requests.save(Records.request(requests, id).help(message));
            Contact contact = Records.contact(contacts, helping.contact());
            Contact following = contact.helping(clock.today());
            if (!following.equals(contact)) {
                following = contacts.save(following);
            }
            return new Helped(helping, following.nextFollowUp());
        });
    }
}
