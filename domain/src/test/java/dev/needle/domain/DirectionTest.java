package dev.needle.domain;

import static dev.needle.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectionTest {
    private static final LocalDate SINCE = LocalDate.of(2024, 3, 1);

    @Test
    void refusesAnEmptyStatement() {
        assertRefused(() -> Direction.start(new DirectionId(1), DirectionKind.JOB_SEARCH, " ", Set.of(), SINCE),
                "statement", "Statement must not be empty");
    }

    @Test
    void cannotBeArchivedBeforeItStarted() {
        assertRefused(() -> new Direction(new DirectionId(1), DirectionKind.BUSINESS, "Grow", Set.of(), SINCE,
                Optional.of(SINCE.minusDays(1)), 0), "archivedOn", "cannot be archived before it started");
    }

    @Test
    void archivingEndsIt() {
        Direction direction = Direction.start(new DirectionId(1), DirectionKind.BUSINESS, "Grow", Set.of(), SINCE);
        assertThat(direction.isActive()).isTrue();
        assertThat(direction.archive(SINCE.plusDays(3)).isActive()).isFalse();
    }
}
