package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.LogInteractionUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.application.team.RecordAuthorsService;
import dev.needle.domain.Assignment;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.Expenses;
import dev.needle.domain.Interaction;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark.Deed;
import dev.needle.domain.RecordMark.Stamp;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A contact's page on a shared database says whose the contact is, who follows up and who met them. */
class ContactPageTeamTest {
    private final Wiring data = Seeds.withDirection();
    private final Teammate alice = data.fakes.team.join(new Teammate(new TeammateId(1), "Alice", LocalDate.of(2026, 1, 5)));
    private final Teammate bob = data.fakes.team.join(new Teammate(new TeammateId(2), "Bob", LocalDate.of(2026, 3, 1)));
    private final Contact ana = Seeds.contact(data, "Ana Ruiz", "Acme", "Baker");

    private Wiring as(Teammate who) {
        Wiring w = new Wiring(data).actingAs(who);
        w.useCases = w.useCases.withAuthors(new RecordAuthorsService(w.fakes.marks, w.fakes.team, w.fakes.clock));
        return w;
    }

    private Interaction logged(String notes, Teammate by) {
        Interaction met = data.useCases.logInteraction().logInteraction(new LogInteractionUseCase.Command(ana.id(),
                Optional.empty(), Channel.COFFEE, 45, 0, Expenses.NONE, notes, Set.of()));
        data.fakes.marks.mark(RecordKind.INTERACTION, met.id().value(), Deed.ADDED, new Stamp(by.id(), Fakes.TODAY.atTime(9, 0)));
        return met;
    }

    @Test
    void thePageSaysWhoseTheContactIsAndWhoFollowsUp() throws Exception {
        data.fakes.assignments.assign(Assignment.owner(ana.id(), bob.id()));
        data.fakes.assignments.assign(Assignment.followUp(ana.id(), alice.id()));
        try (Tui alices = new Tui(as(alice), 80, 24); Tui bobs = new Tui(as(bob), 80, 24)) {
            alices.press('3').enter();
            bobs.press('3').enter();

            assertThat(alices.row(alices.rowOf("contact")).strip()).isEqualTo("Bob's contact; you follow up.");
            assertThat(bobs.row(bobs.rowOf("contact")).strip()).isEqualTo("Your contact; Alice follows up.");
            assertThat(alices.rowOf("Added by")).isEqualTo(alices.rowOf("contact") + 1);
        }
    }

    @Test
    void eachInteractionSaysWhoMetThem() throws Exception {
        logged("talked flour", bob);
        logged("", alice);
        try (Tui tui = new Tui(as(alice), 80, 24)) {
            tui.press('3').enter();

            assertThat(tui.row(tui.rowOf("talked flour"))).contains("coffee  45 min  · Bob  talked flour");
            assertThat(tui.text()).contains("coffee  45 min  · Alice");
        }
    }

    @Test
    void onePersonAloneSeesNeitherOwnerNorWhoMet() throws Exception {
        Wiring alone = Seeds.withDirection();
        Teammate me = alone.fakes.team.join(new Teammate(new TeammateId(1), "Alice", LocalDate.of(2026, 1, 5)));
        Contact cleo = Seeds.contact(alone, "Cleo Park", "Initech", "");
        Interaction met = alone.useCases.logInteraction().logInteraction(new LogInteractionUseCase.Command(cleo.id(),
                Optional.empty(), Channel.CALL, 30, 0, Expenses.NONE, "first call", Set.of()));
        alone.fakes.marks.mark(RecordKind.INTERACTION, met.id().value(), Deed.ADDED, new Stamp(me.id(), Fakes.TODAY.atTime(9, 0)));
        Wiring w = alone.actingAs(me);
        w.useCases = w.useCases.withAuthors(new RecordAuthorsService(w.fakes.marks, w.fakes.team, w.fakes.clock));
        try (Tui tui = new Tui(w, 80, 24)) {
            tui.press('3').enter();

            assertThat(tui.text()).contains("first call").doesNotContain("Your contact").doesNotContain("· Alice");
        }
    }
}
