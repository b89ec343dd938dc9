package dev.needle.application.service;

import dev.needle.application.port.in.ListPendingRequestsUseCase;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.domain.MeetingRequest;
import java.util.List;

/** Lists the meeting requests still waiting for a decision, oldest first. */
public final class ListPendingRequestsService implements ListPendingRequestsUseCase {
    private final MeetingRequestStore requests;

    public ListPendingRequestsService(MeetingRequestStore requests) {
        this.requests = requests;
    }

    @Override
    public List<MeetingRequest> pendingRequests() {
        return requests.findPending();
    }
}
