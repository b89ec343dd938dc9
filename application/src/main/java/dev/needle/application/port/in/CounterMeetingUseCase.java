package dev.needle.application.port.in;

import dev.needle.domain.Channel;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;

/** Answers with a cheaper channel (call, video, email, message) and the message sent. */
public interface CounterMeetingUseCase {
    MeetingRequest counter(MeetingRequestId request, Channel alternative, String message);
}
