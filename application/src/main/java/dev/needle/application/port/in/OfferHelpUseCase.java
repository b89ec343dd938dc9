package dev.needle.application.port.in;

import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Pays it forward: records that you answered the request by helping, with the message sent, and
 * sets a follow-up to check in on how the help went.
 */
public interface OfferHelpUseCase {
    Helped offerHelp(MeetingRequestId request, String message);

    /** The answered request and the contact's follow-up date after it (none when the contact is closed). */
    record Helped(MeetingRequest request, Optional<LocalDate> followUp) {
    }
}
