package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.EditConflictException;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link dev.needle.application.port.out.DirectionStore} adapter must do. */
public abstract class DirectionStoreContract extends StoreContract {

    private Direction started(String statement, LocalDate since) {
        return Direction.start(newDirectionId(), DirectionKind.JOB_SEARCH, statement, Set.of(Tag.of("sql")), since);
    }

    @Test
    void aNewDatabaseHasNoDirection() {
        assertThat(db.directions().active()).isEmpty();
        assertThat(db.directions().findAll()).isEmpty();
    }

    @Test
    void aSavedDirectionIsActiveWithVersionOne() {
        Direction saved = db.directions().save(started("Become a data analyst", LocalDate.of(2025, 1, 6)));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(db.directions().active()).contains(saved);
    }

    @Test
    void everyFieldRoundTrips() {
        for (DirectionKind kind : DirectionKind.values()) {
            Direction archived = new Direction(newDirectionId(), kind, "Open a café ☕ in Malmö\nand sell 抹茶 " + kind,
                    Samples.tags("can teach 日本語", 15), LocalDate.of(2024, 2, 29), Optional.of(LocalDate.of(2024, 12, 31)), 0);

            db.directions().save(archived);

            assertThat(db.directions().findAll()).contains(archived.withVersion(1));
        }
    }

    @Test
    void activeIsTheOneThatIsNotArchived() {
        Direction old = db.directions().save(started("Find a UX job", LocalDate.of(2023, 5, 1)));
        db.directions().save(old.archive(LocalDate.of(2024, 1, 31)));
        Direction current = db.directions().save(started("Start a UX consultancy", LocalDate.of(2024, 2, 1)));

        assertThat(db.directions().active()).contains(current);
    }

    @Test
    void archivingTheOnlyDirectionLeavesNoneActive() {
        Direction saved = db.directions().save(started("Find a UX job", LocalDate.of(2023, 5, 1)));

        Direction archived = db.directions().save(saved.archive(LocalDate.of(2024, 1, 31)));

        assertThat(db.directions().active()).isEmpty();
        assertThat(db.directions().findAll()).containsExactly(archived);
        assertThat(archived.version()).isEqualTo(2);
    }

    @Test
    void findAllListsTheOldestFirst() {
        Direction newest = started("third", LocalDate.of(2025, 3, 1));
        Direction oldest = started("first", LocalDate.of(2021, 3, 1)).archive(LocalDate.of(2022, 1, 1));
        Direction middle = started("second", LocalDate.of(2022, 1, 1)).archive(LocalDate.of(2025, 3, 1));
        db.directions().save(newest);
        db.directions().save(oldest);
        db.directions().save(middle);

        assertThat(db.directions().findAll()).extracting(Direction::statement).containsExactly("first", "second", "third");
    }

    @Test
    void aSaveWithAStaleVersionIsRefusedAndTheStoredDirectionIsUnchanged() {
        Direction readBySessionA = db.directions().save(started("Find a UX job", LocalDate.of(2023, 5, 1)));
        Direction savedBySessionB = db.directions().save(readBySessionA.archive(LocalDate.of(2024, 1, 1)));

        assertThatThrownBy(() -> db.directions().save(readBySessionA.archive(LocalDate.of(2024, 6, 1))))
                .isInstanceOf(EditConflictException.class);

        assertThat(db.directions().findAll()).containsExactly(savedBySessionB);
    }

    @Test
    void updatingADirectionThatIsNotStoredIsRefused() {
        Direction neverSaved = started("Ghost plan", LocalDate.of(2023, 5, 1)).withVersion(2);

        assertThatThrownBy(() -> db.directions().save(neverSaved)).isInstanceOf(EditConflictException.class);
        assertThat(db.directions().findAll()).isEmpty();
    }
}
