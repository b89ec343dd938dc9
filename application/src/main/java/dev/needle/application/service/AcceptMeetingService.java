package dev.needle.application.service;

import dev.needle.application.port.in.AcceptMeetingUseCase;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Schedule;
import dev.needle.domain.Stage;
import java.util.Optional;

/** Schedules a meeting and puts the contact at "scheduled" with a follow-up on the meeting day. */
public final class AcceptMeetingService implements AcceptMeetingUseCase {
    private final MeetingRequestStore requests;
    private final ContactStore contacts;
    private final Transactions transactions;

    public AcceptMeetingService(MeetingRequestStore requests, ContactStore contacts, Transactions transactions) {
        this.requests = requests;
        this.contacts = contacts;
        this.transactions = transactions;
    }

    @Override
    public MeetingRequest accept(MeetingRequestId id, Schedule schedule, String message) {
        return accept(id, schedule, Optional.empty(), message);
    }

    @Override
    public MeetingRequest accept(MeetingRequestId id, Schedule schedule, CostEstimate cost, String message) {
        return accept(id, schedule, Optional.of(cost), message);
    }

    private MeetingRequest accept(MeetingRequestId id, Schedule schedule, Optional<CostEstimate> cost, String message) {
        return transactions.inTransaction(() -> {
            MeetingRequest request = Records.request(requests, id);
            MeetingRequest scheduled = requests.save(cost.map(c -> request.accept(schedule, c, message))
                    .orElseGet(() -> request.accept(schedule, message)));
            Contact contact = Records.contact(contacts, scheduled.contact());
            // The follow-up on the meeting day is the reminder to go, and to write afterwards.
            contacts.save(contact.moveTo(Stage.SCHEDULED).followUpOn(schedule.at().toLocalDate()));
            return scheduled;
        });
    }
}
