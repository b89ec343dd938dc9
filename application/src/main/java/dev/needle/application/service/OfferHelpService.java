package dev.needle.application.service;

import dev.needle.application.port.in.OfferHelpUseCase;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Stage;

/** Answers a request by helping; the contact moves to "following up" so the help is not forgotten. */
public final class OfferHelpService implements OfferHelpUseCase {
    private final MeetingRequestStore requests;
    private final ContactStore contacts;
    private final Transactions transactions;

    public OfferHelpService(MeetingRequestStore requests, ContactStore contacts, Transactions transactions) {
        this.requests = requests;
        this.contacts = contacts;
        this.transactions = transactions;
    }

    @Override
    public MeetingRequest offerHelp(MeetingRequestId id, String message) {
        return transactions.inTransaction(() -> {
            MeetingRequest helping = requests.save(Records.request(requests, id).help(message));
            Contact contact = Records.contact(contacts, helping.contact());
            if (!contact.isClosed() && contact.stage() != Stage.FOLLOWING_UP) {
                contacts.save(contact.moveTo(Stage.FOLLOWING_UP));
            }
            return helping;
        });
    }
}
