package dev.needle.application.service;

import dev.needle.application.port.in.CounterMeetingUseCase;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Channel;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;

/** Answers a request with a cheaper channel; the contact keeps its "meeting proposed" stage. */
public final class CounterMeetingService implements CounterMeetingUseCase {
    private final MeetingRequestStore requests;
    private final Transactions transactions;

    public CounterMeetingService(MeetingRequestStore requests, Transactions transactions) {
        this.requests = requests;
        this.transactions = transactions;
    }

    @Override
    public MeetingRequest counter(MeetingRequestId id, Channel alternative, String message) {
        // Read and write in one unit so a decision taken meanwhile in another session is not overwritten.
        return transactions.inTransaction(() -> requests.save(Records.request(requests, id).counter(alternative, message)));
    }
}
