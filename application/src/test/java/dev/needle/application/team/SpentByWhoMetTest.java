package dev.needle.application.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Channel;
import dev.needle.domain.ContactId;
import dev.needle.domain.Expenses;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whose weekly hours an interaction took: whoever logged it, the founder for one older than the team. */
class SpentByWhoMetTest {
    private final Fakes fakes = new Fakes();
    private final SpentByWhoMet spent = new SpentByWhoMet(fakes.marks, fakes.team, fakes.assignments);
    private final Teammate alice = fakes.team.join(new Teammate(new TeammateId(1), "Alice", Fakes.TODAY));

    private Interaction interaction(long id, int minutes) {
        return new Interaction(new InteractionId(id), new ContactId(99), Fakes.TODAY, Channel.COFFEE, minutes, 0,
                Expenses.NONE, "", Set.of());
    }

    private void loggedBy(Teammate who, Interaction interaction) {
        fakes.marks.mark(RecordKind.INTERACTION, interaction.id().value(), RecordMark.Deed.ADDED,
                new RecordMark.Stamp(who.id(), Fakes.TODAY.atTime(10, 0)));
    }

    @Test
    void onATeamEachPersonSpendsTheTimeOfWhatTheyLoggedAndTheFounderWhatIsOlder() {
        Teammate bob = fakes.team.join(new Teammate(new TeammateId(2), "Bob", Fakes.TODAY));
        Interaction older = interaction(10, 45);
        Interaction alices = interaction(11, 60);
        Interaction bobs = interaction(12, 30);
        loggedBy(alice, alices);
        loggedBy(bob, bobs);
        List<Interaction> all = List.of(older, alices, bobs);

        assertThat(spent.of(bob, all)).containsExactly(bobs);
        assertThat(spent.of(alice, all)).containsExactly(older, alices);
    }

    @Test
    void aMeetingStillToComeIsBookedAgainstWhoeverGoesToIt() {
        // On a team, Alice's hours showed Bob's coffee tomorrow as booked.
        Teammate bob = fakes.team.join(new Teammate(new TeammateId(2), "Bob", Fakes.TODAY));
        dev.needle.domain.CostEstimate cost = new dev.needle.domain.CostEstimate(60, 0, dev.needle.domain.Money.ZERO);
        java.util.function.LongFunction<dev.needle.domain.MeetingRequest> coffee = id -> dev.needle.domain.MeetingRequest
                .pending(new dev.needle.domain.MeetingRequestId(id), new ContactId(99), Fakes.TODAY,
                        dev.needle.domain.Initiator.THEM, "coffee", Channel.COFFEE, "Café", java.util.Optional.empty(), cost)
                .accept(new dev.needle.domain.Schedule(Fakes.TODAY.plusDays(1).atTime(10, 0), "Café", Channel.COFFEE, 60), "");
        dev.needle.domain.MeetingRequest bobs = coffee.apply(20);
        dev.needle.domain.MeetingRequest alices = coffee.apply(21);
        fakes.assignments.assign(new dev.needle.domain.Assignment(dev.needle.domain.Assignment.Duty.MEETING, 20, bob.id()));
        fakes.assignments.assign(new dev.needle.domain.Assignment(dev.needle.domain.Assignment.Duty.MEETING, 21, alice.id()));

        assertThat(spent.goneToBy(alice, List.of(bobs, alices))).containsExactly(alices);
        assertThat(spent.goneToBy(bob, List.of(bobs, alices))).containsExactly(bobs);
    }

    @Test
    void aPersonAloneSpendsEverything() {
        List<Interaction> all = List.of(interaction(10, 45), interaction(11, 60));

        assertThat(spent.of(alice, all)).isEqualTo(all);
    }
}
