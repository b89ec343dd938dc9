package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.domain.Assignment;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Requests waiting for triage on a shared database, at 80x24: Today lists one's own first, then the
 * team's with who has each, as it lists follow-ups and meetings; Mine/All leaves the team's out.
 */
class TeamRequestsTodayTest {
    private final Wiring data = Seeds.withDirection();
    private final Teammate alice = data.fakes.team.join(new Teammate(new TeammateId(1), "Alice", LocalDate.of(2026, 1, 5)));
    private final Teammate bob = data.fakes.team.join(new Teammate(new TeammateId(2), "Bob", LocalDate.of(2026, 3, 1)));

    TeamRequestsTodayTest() {
        Contact ann = Seeds.contact(data, "Ann Lee", "Acme", "");
        Contact ben = Seeds.contact(data, "Ben Ng", "Globex", "");
        data.fakes.assignments.assign(Assignment.owner(ben.id(), bob.id()));
        data.useCases.recordMeetingRequest().recordRequest(RecordMeetingRequestUseCase.Command.from(ann.id(),
                "coffee about Acme", Channel.COFFEE));
        data.useCases.recordMeetingRequest().recordRequest(RecordMeetingRequestUseCase.Command.from(ben.id(),
                "lunch about Globex", Channel.IN_PERSON));
    }

    @Test
    void myRequestsComeFirstThenTheTeamsWithWhoHasThem() throws Exception {
        try (Tui tui = Tui.on(data.actingAs(alice))) {
            int mine = tui.rowOf("My requests waiting for triage");
            int teams = tui.rowOf("The team's requests waiting for triage");

            assertThat(mine).isPositive();
            assertThat(tui.rowOf("Ann Lee")).isGreaterThan(mine).isLessThan(teams);
            assertThat(tui.rowOf("Ben Ng")).isGreaterThan(teams);
            assertThat(tui.row(tui.rowOf("Ben Ng"))).contains("· Bob");
            assertThat(tui.row(tui.rowOf("Ann Lee"))).doesNotContain("·");
        }
    }

    @Test
    void bobSeesHisOwnFirstAndMineOnlyLeavesAlicesOut() throws Exception {
        try (Tui tui = Tui.on(data.actingAs(bob))) {
            assertThat(tui.rowOf("Ben Ng")).isGreaterThan(tui.rowOf("My requests waiting for triage"))
                    .isLessThan(tui.rowOf("The team's requests waiting for triage"));
            assertThat(tui.row(tui.rowOf("Ann Lee"))).contains("· Alice");

            tui.press('M');

            assertThat(tui.text()).contains("Ben Ng").doesNotContain("Ann Lee")
                    .doesNotContain("The team's requests waiting for triage");
        }
    }
}
