package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Navigator;
import dev.needle.adapter.tui.core.TuiUseCases;
import dev.needle.adapter.tui.core.Ui;
import dev.needle.adapter.tui.screen.Screens;
import dev.needle.application.port.in.GetDirectionUseCase;
import dev.needle.domain.Direction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the first frame reads before it can be drawn: the active direction once, for both the choice
 * between setup and Today and the title (each read is time the start waits).
 */
class FirstFrameReadsTest {
    /** Counts the reads of the active direction. */
    private static final class CountingDirection implements GetDirectionUseCase {
        private final GetDirectionUseCase real;
        int reads;

        CountingDirection(GetDirectionUseCase real) {
            this.real = real;
        }

        @Override
        public Optional<Direction> activeDirection() {
            reads++;
            return real.activeDirection();
        }

        @Override
        public List<Direction> allDirections() {
            return real.allDirections();
        }
    }

    private static TuiUseCases counting(TuiUseCases u, CountingDirection direction) {
        return new TuiUseCases(direction, u.setDirection(), u.listNeeds(), u.addNeed(), u.editNeed(), u.reorderNeed(),
                u.markNeedMet(), u.dropNeed(), u.findHelpers(), u.searchContacts(), u.captureContact(), u.editContact(),
                u.viewContact(), u.recordMeetingRequest(), u.listPendingRequests(), u.triage(), u.acceptMeeting(),
                u.counterMeeting(), u.offerHelp(), u.declineMeeting(), u.budgetStatus(), u.setBudget(), u.followUps(),
                u.logInteraction(), u.week(), u.budgetConfigFile(), u.changes(), u.team(), u.authors(), u.mine(),
                u.privateNotes());
    }

    @Test
    void theFirstFrameReadsTheDirectionOnceAndTitlesTodayWithIt() {
        Wiring w = Seeds.withDirection();
        CountingDirection direction = new CountingDirection(w.useCases.getDirection());
        Navigator navigator = new Navigator(counting(w.useCases, direction), new Screens());

        Ui ui = navigator.start(80, 24);

        assertThat(ui.current().name()).isEqualTo("Today");
        assertThat(ui.title()).isEqualTo("Land a UX research role in fintech");
        assertThat(direction.reads).isEqualTo(1);
    }

    @Test
    void aNewDatabaseStartsInSetupAfterOneReadAndAsksForADirection() {
        Wiring w = new Wiring();
        CountingDirection direction = new CountingDirection(w.useCases.getDirection());
        Navigator navigator = new Navigator(counting(w.useCases, direction), new Screens());

        Ui ui = navigator.start(80, 24);

        assertThat(ui.title()).isEqualTo("No direction yet");
        assertThat(direction.reads).isEqualTo(1);
    }
}
