package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.EditConflictException;
import dev.needle.domain.Channel;
import dev.needle.domain.ContactId;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.Initiator;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Money;
import dev.needle.domain.Schedule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link dev.needle.application.port.out.MeetingRequestStore} adapter must do. */
public abstract class MeetingRequestStoreContract extends StoreContract {
    private static final LocalDate MARCH_3 = LocalDate.of(2025, 3, 3);

    private MeetingRequest pendingFrom(ContactId contact, LocalDate on) {
        return Samples.pendingRequest(newRequestId(), contact, on);
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertThat(db.meetingRequests().find(newRequestId())).isEmpty();
        assertThat(db.meetingRequests().findAll()).isEmpty();
        assertThat(db.meetingRequests().findPending()).isEmpty();
        assertThat(db.meetingRequests().findScheduled(MARCH_3, MARCH_3.plusYears(1))).isEmpty();
    }

    @Test
    void aSavedRequestIsFoundAgainWithVersionOne() {
        MeetingRequest saved = db.meetingRequests().save(pendingFrom(savedContact("Zoë").id(), MARCH_3));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(db.meetingRequests().find(saved.id())).contains(saved);
    }

    @Test
    void everyDecisionRoundTripsWithItsScheduleAlternativeAndMessage() {
        ContactId zoe = savedContact("Zoë").id();
        Schedule lunch = new Schedule(LocalDateTime.of(2025, 3, 20, 12, 15, 30), "Café Ñandú, 渋谷", Channel.IN_PERSON, 90);
        List<MeetingRequest> decided = List.of(
                pendingFrom(zoe, MARCH_3).accept(lunch, "See you there! 🥪"),
                pendingFrom(zoe, MARCH_3).counter(Channel.VIDEO, "Could we do a video call instead?"),
                pendingFrom(zoe, MARCH_3).help("Here is an intro to someone who knows " + Samples.TRICKY_TEXT),
                pendingFrom(zoe, MARCH_3).decline("Thank you — I have to say no for now 🙏"),
                pendingFrom(zoe, MARCH_3).counter(Channel.EMAIL, "Email me?").accept(lunch, "Let's meet after all"),
                pendingFrom(zoe, MARCH_3).accept(lunch, "See you there!").held());

        for (MeetingRequest request : decided) {
            MeetingRequest saved = db.meetingRequests().save(request);
            assertThat(saved).isEqualTo(request.withVersion(1));
            assertThat(db.meetingRequests().find(request.id())).contains(saved);
        }
    }

    @Test
    void aRequestIAskWithNoProposedTimeOrPlaceRoundTrips() {
        MeetingRequest mine = MeetingRequest.pending(newRequestId(), savedContact("Ada").id(), MARCH_3, Initiator.ME,
                "", Channel.CALL, "", Optional.empty(), new CostEstimate(0, 0, Money.ZERO));

        db.meetingRequests().save(mine);

        assertThat(db.meetingRequests().find(mine.id())).contains(mine.withVersion(1));
    }

    @Test
    void findPendingListsUndecidedRequestsOldestFirst() {
        ContactId zoe = savedContact("Zoë").id();
        ContactId ada = savedContact("Ada").id();
        MeetingRequest newer = db.meetingRequests().save(pendingFrom(zoe, MARCH_3.plusDays(5)));
        MeetingRequest older = db.meetingRequests().save(pendingFrom(ada, MARCH_3.minusMonths(1)));
        db.meetingRequests().save(pendingFrom(ada, MARCH_3.minusYears(1)).decline("No, thank you."));
        MeetingRequest decidedLater = db.meetingRequests().save(pendingFrom(zoe, MARCH_3));
        db.meetingRequests().save(decidedLater.help("Sent you two names."));

        assertThat(db.meetingRequests().findPending()).containsExactly(older, newer);
    }

    @Test
    void findScheduledListsTheMeetingsOnTheDaysAskedForSoonestFirst() {
        ContactId zoe = savedContact("Zoë").id();
        ContactId ada = savedContact("Ada").id();
        LocalDate monday = LocalDate.of(2025, 3, 17);
        MeetingRequest lateOnSunday = scheduled(ada, monday.plusDays(6).atTime(23, 59, 59));
        MeetingRequest firstThing = scheduled(zoe, monday.atStartOfDay());
        MeetingRequest lunch = scheduled(ada, monday.plusDays(2).atTime(12, 30));
        scheduled(zoe, monday.minusDays(1).atTime(23, 59, 59));
        scheduled(zoe, monday.plusDays(7).atStartOfDay());
        // Pending or countered requests may name a time they proposed, but nothing is scheduled.
        db.meetingRequests().save(MeetingRequest.pending(newRequestId(), zoe, MARCH_3, Initiator.THEM, "coffee?",
                Channel.COFFEE, "Café", Optional.of(monday.plusDays(1).atTime(9, 0)), new CostEstimate(30, 10, Money.ZERO)));
        db.meetingRequests().save(pendingFrom(zoe, MARCH_3).counter(Channel.CALL, "A call instead?"));
        // A meeting already logged keeps its day but is no longer ahead of anyone: its log counts it.
        MeetingRequest logged = scheduled(ada, monday.plusDays(3).atTime(9, 0));
        db.meetingRequests().save(logged.held());

        assertThat(db.meetingRequests().findScheduled(monday, monday.plusDays(6)))
                .containsExactly(firstThing, lunch, lateOnSunday);
        assertThat(db.meetingRequests().findScheduled(monday.plusDays(2), monday.plusDays(2))).containsExactly(lunch);
        assertThat(db.meetingRequests().findScheduled(monday.plusDays(3), monday.plusDays(5))).isEmpty();
    }

    private MeetingRequest scheduled(ContactId with, LocalDateTime at) {
        return db.meetingRequests().save(pendingFrom(with, MARCH_3)
                .accept(new Schedule(at, "Café Ñandú", Channel.COFFEE, 45), "See you then"));
    }

    @Test
    void deleteSaysWhetherTheRequestExisted() {
        ContactId zoe = savedContact("Zoë").id();
        MeetingRequest mistake = db.meetingRequests().save(pendingFrom(zoe, MARCH_3));
        MeetingRequest kept = db.meetingRequests().save(pendingFrom(zoe, MARCH_3.plusDays(1)));

        assertThat(db.meetingRequests().delete(mistake.id())).isTrue();
        assertThat(db.meetingRequests().find(mistake.id())).isEmpty();
        assertThat(db.meetingRequests().delete(mistake.id())).isFalse();
        assertThat(db.meetingRequests().findByContact(zoe)).containsExactly(kept);
    }

    @Test
    void findByContactListsOnlyThatContactsRequestsNewestFirst() {
        ContactId zoe = savedContact("Zoë").id();
        ContactId ada = savedContact("Ada").id();
        MeetingRequest middle = db.meetingRequests().save(pendingFrom(zoe, MARCH_3));
        MeetingRequest oldest = db.meetingRequests().save(pendingFrom(zoe, MARCH_3.minusYears(2)));
        MeetingRequest newest = db.meetingRequests().save(pendingFrom(zoe, MARCH_3.plusDays(1)));
        db.meetingRequests().save(pendingFrom(ada, MARCH_3));

        assertThat(db.meetingRequests().findByContact(zoe)).containsExactly(newest, middle, oldest);
    }

    @Test
    void findAllListsEveryRequestById() {
        ContactId zoe = savedContact("Zoë").id();
        List<MeetingRequestId> ids = IntStream.range(0, 5).mapToObj(i -> newRequestId()).sorted().toList();
        List.of(4, 1, 3, 0, 2).forEach(i -> db.meetingRequests().save(
                Samples.pendingRequest(ids.get(i), zoe, MARCH_3.minusDays(i))));

        assertThat(db.meetingRequests().findAll()).extracting(MeetingRequest::id).containsExactlyElementsOf(ids);
    }

    @Test
    void aSaveWithAStaleVersionIsRefusedAndTheStoredRequestIsUnchanged() {
        MeetingRequest readBySessionA = db.meetingRequests().save(pendingFrom(savedContact("Zoë").id(), MARCH_3));
        MeetingRequest savedBySessionB = db.meetingRequests().save(readBySessionA.decline("Declined in session B."));

        assertThatThrownBy(() -> db.meetingRequests().save(readBySessionA.help("Helping in session A.")))
                .isInstanceOf(EditConflictException.class);

        assertThat(db.meetingRequests().find(readBySessionA.id())).contains(savedBySessionB);
    }

    @Test
    void updatingARequestThatIsNotStoredIsRefused() {
        MeetingRequest neverSaved = pendingFrom(savedContact("Zoë").id(), MARCH_3).withVersion(5);

        assertThatThrownBy(() -> db.meetingRequests().save(neverSaved)).isInstanceOf(EditConflictException.class);
        assertThat(db.meetingRequests().find(neverSaved.id())).isEmpty();
    }
}
