package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.out.AssignmentStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.domain.Assignment;
import dev.needle.domain.Contact;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link AssignmentStore} adapter must do. */
public abstract class AssignmentStoreContract extends StoreContract {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    /** The assignment store of the database {@link #stores()} opened last. */
    protected abstract AssignmentStore assignments();

    /** The team store of the same database (assignments name its people). */
    protected abstract TeamStore team();

    private Teammate joined(String name) {
        return team().join(new Teammate(new TeammateId(db.ids().next()), name, DAY));
    }

    @Test
    void aNewDatabaseHasNoAssignments() {
        assertThat(assignments().all().size()).isZero();
        assertThat(assignments().find(Assignment.Duty.OWNER, 1)).isEmpty();
    }

    @Test
    void eachDutyOfARecordIsGivenToOnePersonTheLastWriterWins() {
        Teammate alice = joined("Alice");
        Teammate bob = joined("Bob");
        Contact ann = savedContact("Ann Lee");

        assignments().assign(Assignment.owner(ann.id(), alice.id()));
        assignments().assign(Assignment.followUp(ann.id(), alice.id()));
        assignments().assign(Assignment.followUp(ann.id(), bob.id()));

        assertThat(assignments().find(Assignment.Duty.OWNER, ann.id().value())).contains(alice.id());
        assertThat(assignments().find(Assignment.Duty.FOLLOW_UP, ann.id().value())).contains(bob.id());
        assertThat(assignments().all().size()).isEqualTo(2);
        assertThat(assignments().all().find(Assignment.Duty.FOLLOW_UP, ann.id().value())).contains(bob.id());
    }

    @Test
    void clearingFallsBackToNoAssignment() {
        Teammate bob = joined("Bob");
        Contact ann = savedContact("Ann Lee");
        assignments().assign(Assignment.owner(ann.id(), bob.id()));

        assignments().clear(Assignment.Duty.OWNER, ann.id().value());
        assignments().clear(Assignment.Duty.MEETING, 424242); // nothing there: no harm

        assertThat(assignments().find(Assignment.Duty.OWNER, ann.id().value())).isEmpty();
        assertThat(assignments().all().size()).isZero();
    }

    @Test
    void manyAtOnceAreAllStored() {
        Teammate bob = joined("Bob");
        List<Contact> people = List.of(savedContact("Ann"), savedContact("Ben"), savedContact("Cy"));

        assignments().assignAll(people.stream().map(c -> Assignment.owner(c.id(), bob.id())).toList());

        assertThat(people).allSatisfy(c ->
                assertThat(assignments().find(Assignment.Duty.OWNER, c.id().value())).contains(bob.id()));
    }

    @Test
    void anAssignmentMovesTheChangeCounterSoOtherSessionsSeeIt() {
        Teammate bob = joined("Bob");
        Contact ann = savedContact("Ann Lee");
        long before = db.changes().current();

        assignments().assign(Assignment.followUp(ann.id(), bob.id()));

        assertThat(db.changes().current()).isNotEqualTo(before);
    }

    @Test
    void anAssignmentRolledBackWithItsUnitOfWorkIsGone() {
        Teammate bob = joined("Bob");
        Contact ann = savedContact("Ann Lee");

        try {
            db.transactions().inTransaction(() -> {
                assignments().assign(Assignment.owner(ann.id(), bob.id()));
                throw new IllegalStateException("the rest of the work failed");
            });
        } catch (IllegalStateException expected) {
            // the unit of work is rolled back
        }

        assertThat(assignments().find(Assignment.Duty.OWNER, ann.id().value())).isEmpty();
    }
}
