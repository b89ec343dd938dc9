package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Budget;
import dev.needle.domain.Contact;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Event;
import dev.needle.domain.Money;
import dev.needle.domain.Need;
import dev.needle.domain.NeedKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.needle.application.port.out.ChangeCounter} adapter must do: every committed
 * write to any store moves it, and reading (even inside a transaction) never does, so a screen that
 * reloads after a change does not see a change of its own making.
 */
public abstract class ChangeCounterContract extends StoreContract {
    private static final LocalDate DAY = LocalDate.of(2025, 4, 1);

    private boolean moves(Runnable write) {
        long before = db.changes().current();
        write.run();
        return db.changes().current() != before;
    }

    @Test
    void readingDoesNotMoveIt() {
        savedContact("Ada");
        long before = db.changes().current();

        db.contacts().findAll();
        db.needs().findAll();
        db.transactions().inTransaction(() -> db.meetingRequests().findPending());

        assertThat(db.changes().current()).isEqualTo(before);
    }

    @Test
    void everyKindOfWriteMovesIt() {
        Contact ada = savedContact("Ada");
        Need need = Need.open(newNeedId(), "leads", NeedKind.LEADS, List.of(), 1);
        List<Supplier<Object>> writes = List.of(
                () -> savedContact("Ben"),
                () -> db.contacts().save(ada.edit().role("CTO").build()),
                () -> db.needs().save(need),
                () -> db.directions().save(Direction.start(newDirectionId(), DirectionKind.JOB_SEARCH, "a role",
                        Set.of(), DAY)),
                () -> db.events().save(Event.plan(newEventId(), "Meetup", DAY, "Oslo")),
                () -> db.interactions().add(Samples.call(newInteractionId(), ada.id(), DAY)),
                () -> db.meetingRequests().save(Samples.pendingRequest(newRequestId(), ada.id(), DAY)),
                () -> {
                    db.budget().set(Budget.of(2.5, Money.parse("80.00")));
                    return null;
                },
                () -> db.contacts().delete(ada.id()));

        for (Supplier<Object> write : writes) {
            assertThat(moves(write::get)).as("a committed write moves the counter").isTrue();
        }
    }

    @Test
    void aTransactionOfManyWritesMovesItAndThenStaysPut() {
        assertThat(moves(() -> db.transactions().run(() -> {
            savedContact("Ada");
            savedContact("Ben");
        }))).isTrue();
        long after = db.changes().current();

        assertThat(db.changes().current()).isEqualTo(after);
    }
}
