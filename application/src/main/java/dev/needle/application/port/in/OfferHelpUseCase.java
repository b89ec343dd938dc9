package dev.needle.application.port.in;

import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;

/** Pays it forward: records that you answered the request by helping, with the message sent. */
public interface OfferHelpUseCase {
    MeetingRequest offerHelp(MeetingRequestId request, String message);
}
