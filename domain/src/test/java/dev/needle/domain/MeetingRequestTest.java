package dev.needle.domain;

import static dev.needle.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeetingRequestTest {
    private final Contact dana = Contacts.contact("Dana").build();
    private final MeetingRequest pending = Requests.from(dana).build();
    private final Schedule coffee = new Schedule(LocalDateTime.of(2024, 5, 20, 9, 0), "Café Central", Channel.COFFEE, 60);

    @Test
    void isDecidedOnlyOnce() {
        MeetingRequest declined = pending.decline("Thank you for thinking of me.");
        assertRefused(() -> declined.help("Happy to help"), "status", "already declined kindly");
        assertRefused(() -> pending.accept(coffee, "See you").decline("Sorry"), "status", "already scheduled");
        assertRefused(() -> pending.help("Sure").accept(coffee, ""), "status", "already helping them");
    }

    @Test
    void aCounteredRequestMayStillBeScheduledOrDeclined() {
        MeetingRequest countered = pending.counter(Channel.CALL, "Could we do a call?");
        assertThat(countered.alternative()).contains(Channel.CALL);
        MeetingRequest scheduled = countered.accept(coffee, "Let us meet after all");
        assertThat(scheduled.status()).isEqualTo(RequestStatus.SCHEDULED);
        assertThat(scheduled.alternative()).isEmpty();
        assertThat(countered.decline("Not now").status()).isEqualTo(RequestStatus.DECLINED);
    }

    @Test
    void theAlternativeIsNeverFaceToFace() {
        assertRefused(() -> pending.counter(Channel.COFFEE, "Coffee?"), "alternative", "not coffee");
    }

    @Test
    void aKindDeclineKeepsItsMessage() {
        assertRefused(() -> pending.decline(" "), "message", "keeps the message that was sent");
    }

    @Test
    void statusAndItsDetailsGoTogether() {
        assertRefused(() -> new MeetingRequest(pending.id(), pending.contact(), pending.requestedOn(), Initiator.THEM, "",
                Channel.COFFEE, "", Optional.empty(), pending.estimate(), RequestStatus.SCHEDULED, Optional.empty(),
                Optional.empty(), "", 0), "schedule", "A scheduled request has a date, time and place");
        assertRefused(() -> new MeetingRequest(pending.id(), pending.contact(), pending.requestedOn(), Initiator.THEM, "",
                Channel.COFFEE, "", Optional.empty(), pending.estimate(), RequestStatus.COUNTERED, Optional.empty(),
                Optional.empty(), "", 0), "alternative", "names the alternative offered");
    }
}
