package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeamTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
    private final Teammate alice = new Teammate(new TeammateId(1), "Alice", DAY);
    private final Teammate bob = new Teammate(new TeammateId(2), "Bob", DAY);

    @Test
    void aRecordWithoutAMarkIsTheFoundersEvenWhenTheMarkNamesSomeoneUnknown() {
        Team team = new Team(List.of(bob, alice));

        assertThat(team.founder()).contains(alice);
        assertThat(team.whoIs(Optional.empty())).contains(alice);
        assertThat(team.whoIs(Optional.of(bob.id()))).contains(bob);
        assertThat(team.whoIs(Optional.of(new TeammateId(99)))).contains(alice);
        assertThat(team.named(" BOB ")).contains(bob);
    }

    @Test
    void includingSomeoneNotYetJoinedAddsThemOnceAndMakesTheTeamShared() {
        Team alone = new Team(List.of(alice));

        assertThat(alone.isShared()).isFalse();
        assertThat(alone.including(alice)).isSameAs(alone);
        Team both = alone.including(bob);
        assertThat(both.members()).containsExactly(alice, bob);
        assertThat(both.isShared()).isTrue();
        assertThat(Team.EMPTY.including(bob).founder()).contains(bob);
    }
}
