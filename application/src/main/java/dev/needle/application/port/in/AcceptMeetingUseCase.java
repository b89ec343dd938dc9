package dev.needle.application.port.in;

import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Schedule;

/** Schedules the meeting; the contact moves to "scheduled" with a follow-up on the meeting day. */
public interface AcceptMeetingUseCase {
    MeetingRequest accept(MeetingRequestId request, Schedule schedule, String message);
}
