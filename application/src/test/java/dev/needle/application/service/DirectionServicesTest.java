package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Tag;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectionServicesTest {
    private final Fakes fakes = new Fakes();
    private final SetDirectionService set = new SetDirectionService(fakes.directions, fakes.ids, fakes.clock, fakes.transactions);
    private final GetDirectionService get = new GetDirectionService(fakes.directions);

    private Direction set(String statement) {
        return set.setDirection(new SetDirectionUseCase.Command(DirectionKind.JOB_SEARCH, statement, Set.of(Tag.of("sql"))));
    }

    @Test
    void aNewDirectionStartsTodayAndIsActive() {
        Direction direction = set("Data analyst at a mid-size retailer");

        assertThat(direction.since()).isEqualTo(Fakes.TODAY);
        assertThat(direction.offers()).containsExactly(Tag.of("sql"));
        assertThat(get.activeDirection()).contains(direction);
    }

    @Test
    void settingANewDirectionArchivesThePreviousOneInsteadOfDeletingIt() {
        Direction first = set("Data analyst");
        fakes.clock.setToday(Fakes.TODAY.plusDays(10));
        Direction second = set("Analytics consultancy");

        assertThat(get.activeDirection()).contains(second);
        assertThat(get.allDirections()).hasSize(2);
        Direction archived = get.allDirections().stream().filter(d -> d.id().equals(first.id())).findFirst().orElseThrow();
        assertThat(archived.archivedOn()).contains(Fakes.TODAY.plusDays(10));
    }

    @Test
    void archivingLeavesNoActiveDirection() {
        set("Data analyst");
        ArchiveDirectionService archive = new ArchiveDirectionService(fakes.directions, fakes.clock);

        assertThat(archive.archiveDirection()).hasValueSatisfying(d -> assertThat(d.isActive()).isFalse());
        assertThat(get.activeDirection()).isEmpty();
        assertThat(archive.archiveDirection()).isEmpty();
    }
}
