package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.service.fake.FakeDraftStore;
import dev.needle.application.service.fake.FixedClock;
import dev.needle.domain.Draft;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Drafts are the acting person's own: kept with the time, listed and discarded for them only. */
class KeepDraftsServiceTest {
    private static final Teammate ANA = new Teammate(new TeammateId(1), "Ana", LocalDate.of(2026, 1, 1));
    private static final Teammate BOB = new Teammate(new TeammateId(2), "Bob", LocalDate.of(2026, 1, 1));

    private final FakeDraftStore store = new FakeDraftStore();
    private final FixedClock clock = new FixedClock(LocalDate.of(2026, 12, 7));

    private static Draft typed(String id, String text) {
        return new Draft(id, "contact-notes", "contact:42", "Rita Sousa", "Notes on Rita Sousa",
                List.of(new Draft.Entry("notes", "Notes", text, Optional.empty())), 0, Optional.empty());
    }

    @Test
    void aDraftIsKeptWithTheTimeAndOnlyItsOwnerSeesIt() {
        KeepDraftsService ana = new KeepDraftsService(store, () -> ANA, clock);
        KeepDraftsService bob = new KeepDraftsService(store, () -> BOB, clock);
        clock.setNow(LocalDateTime.of(2026, 12, 7, 15, 40));

        ana.keep(typed("s1", "Ana's half sentence"));

        assertThat(ana.kept()).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("Ana's half sentence");
            assertThat(d.keptAt()).contains(LocalDateTime.of(2026, 12, 7, 15, 40));
        });
        assertThat(bob.kept()).isEmpty();
        bob.discard("s1");
        assertThat(ana.kept()).hasSize(1);
        ana.discard("s1");
        assertThat(ana.kept()).isEmpty();
    }

    @Test
    void someoneNotOnTheTeamYetHasNoDraftsAndAskingDoesNotJoinThem() {
        ActingPerson newcomer = new ActingPerson() {
            @Override
            public Teammate person() {
                throw new AssertionError("asking for drafts must not join anyone");
            }

            @Override
            public Optional<Teammate> known() {
                return Optional.empty();
            }
        };

        assertThat(new KeepDraftsService(store, newcomer, clock).kept()).isEmpty();
    }
}
