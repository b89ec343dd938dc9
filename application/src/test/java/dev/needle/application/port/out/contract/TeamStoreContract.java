package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.out.TeamStore;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link TeamStore} adapter must do. */
public abstract class TeamStoreContract extends StoreContract {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    /** The team store of the database {@link #stores()} opened last. */
    protected abstract TeamStore team();

    private Teammate newcomer(String name) {
        return new Teammate(new TeammateId(db.ids().next()), name, DAY);
    }

    @Test
    void aNewDatabaseHasNobodyOnItsTeam() {
        assertThat(team().team().isEmpty()).isTrue();
        assertThat(team().team().founder()).isEmpty();
    }

    @Test
    void peopleJoinAndTheFirstIsTheFounder() {
        Teammate alice = team().join(newcomer("Alice Moreau"));
        Teammate bob = team().join(newcomer("Bob Ng"));

        assertThat(team().team().members()).containsExactly(alice, bob);
        assertThat(team().team().founder()).contains(alice);
        assertThat(team().team().named("bob ng")).contains(bob);
        assertThat(team().team().find(bob.id())).contains(bob);
    }

    @Test
    void joiningWithANameTakenIgnoringCaseGivesTheOneAlreadyThere() {
        Teammate bob = team().join(newcomer("Bob"));

        Teammate again = team().join(newcomer("  BOB "));

        assertThat(again).isEqualTo(bob);
        assertThat(team().team().members()).containsExactly(bob);
    }

    /** A restore joins the backup's people and then its team: the same person twice in one unit of work. */
    @Test
    void joiningTwiceInOneUnitOfWorkGivesTheOneAlreadyThere() {
        List<Teammate> joined = db.transactions().inTransaction(() -> {
            Teammate first = team().join(newcomer("Root"));
            Teammate second = team().join(newcomer("root"));
            return List.of(first, second);
        });

        assertThat(joined.get(1)).isEqualTo(joined.get(0));
        assertThat(team().team().members()).containsExactly(joined.get(0));
    }

    @Test
    void namesKeepTheirAccentsAndCase() {
        Teammate zoe = team().join(newcomer("Zoë Ñúñez"));

        assertThat(team().team().members()).containsExactly(zoe);
        assertThat(team().team().members().get(0).name()).isEqualTo("Zoë Ñúñez");
    }
}
