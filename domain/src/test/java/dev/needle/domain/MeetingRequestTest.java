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
    void aLogWithinAWeekOfTheMeetingsDayIsThatMeeting() {
        MeetingRequest set = pending.accept(coffee, "See you");
        java.time.LocalDate day = coffee.at().toLocalDate();

        assertThat(set.isHeldOn(day)).isTrue();
        assertThat(set.isHeldOn(day.minusDays(7))).as("held early, a week before").isTrue();
        assertThat(set.isHeldOn(day.plusDays(7))).as("logged late, a week after").isTrue();
        assertThat(set.isHeldOn(day.minusDays(8))).as("an email from weeks before is not the meeting").isFalse();
        assertThat(set.isHeldOn(day.plusDays(8))).isFalse();
        assertThat(pending.isHeldOn(day)).as("nothing was set").isFalse();
    }

    @Test
    void aHeldMeetingKeepsItsDayAndIsHeldOnlyOnce() {
        MeetingRequest held = pending.accept(coffee, "See you").held();

        assertThat(held.status()).isEqualTo(RequestStatus.HELD);
        assertThat(held.schedule()).contains(coffee);
        assertThat(held.isHeldOn(coffee.at().toLocalDate())).isFalse();
        assertRefused(held::held, "status", "Only a scheduled meeting can be held; this request is held.");
        assertRefused(() -> held.decline("Sorry"), "status", "already held");
        assertRefused(pending::held, "status", "this request is waiting for triage");
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
