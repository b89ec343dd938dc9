package dev.needle.application.port.in;

import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;

/**
 * Declines kindly: the request is declined and the contact closed with the message used, both or
 * neither.
 */
public interface DeclineMeetingUseCase {
    MeetingRequest decline(MeetingRequestId request, String message);
}
