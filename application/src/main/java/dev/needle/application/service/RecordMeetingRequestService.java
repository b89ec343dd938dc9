package dev.needle.application.service;

import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Stage;

/** Records a meeting request with its cost estimate and moves the contact to "meeting proposed". */
public final class RecordMeetingRequestService implements RecordMeetingRequestUseCase {
    private final MeetingRequestStore requests;
    private final ContactStore contacts;
    private final IdSource ids;
    private final ClockPort clock;
    private final Transactions transactions;
    private final MeetingDefaults defaults;

    public RecordMeetingRequestService(MeetingRequestStore requests, ContactStore contacts, IdSource ids, ClockPort clock,
                                       Transactions transactions, MeetingDefaults defaults) {
        this.requests = requests;
        this.contacts = contacts;
        this.ids = ids;
        this.clock = clock;
        this.transactions = transactions;
        this.defaults = defaults;
    }

    @Override
    public MeetingRequest recordRequest(Command c) {
        return transactions.inTransaction(() -> {
            Contact contact = Records.contact(contacts, c.contact());
            MeetingRequest saved = requests.save(MeetingRequest.pending(new MeetingRequestId(ids.next()), contact.id(),
                    clock.today(), c.initiator(), c.ask(), c.format(), c.place(), c.at(),
                    defaults.estimate(c.format(), c.place(), c.minutes(), c.travelMinutes(), c.money())));
            // A closed contact stays closed: the request is kept on record, to be declined again.
            if (!contact.isClosed() && contact.stage() != Stage.MEETING_PROPOSED) {
                contacts.save(contact.moveTo(Stage.MEETING_PROPOSED));
            }
            return saved;
        });
    }
}
