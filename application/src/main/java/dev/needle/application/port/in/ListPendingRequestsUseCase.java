package dev.needle.application.port.in;

import dev.needle.domain.MeetingRequest;
import java.util.List;

/** Meeting requests waiting for triage, oldest first. */
public interface ListPendingRequestsUseCase {
    List<MeetingRequest> pendingRequests();
}
