package dev.needle.application.port.in;

import dev.needle.domain.CostEstimate;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Schedule;

/** Schedules the meeting; the contact moves to "scheduled" with a follow-up on the meeting day. */
public interface AcceptMeetingUseCase {
    MeetingRequest accept(MeetingRequestId request, Schedule schedule, String message);

    /**
     * Schedules the meeting with the travel and money entered where it was set; they replace the
     * request's estimate, so its cost line and the budget's check use them.
     */
    MeetingRequest accept(MeetingRequestId request, Schedule schedule, CostEstimate cost, String message);
}
