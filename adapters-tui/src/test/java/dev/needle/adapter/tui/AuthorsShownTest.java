package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.application.team.RecordAuthorsService;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.Need;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark.Deed;
import dev.needle.domain.RecordMark.Stamp;
import dev.needle.domain.Target;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Who added and changed a record, on its page, when the database is shared: never for one person alone. */
class AuthorsShownTest {
    private static final LocalDateTime MARCH_3 = LocalDateTime.of(2026, 3, 3, 9, 15);
    private static final LocalDateTime TODAY_10_42 = Fakes.TODAY.atTime(10, 42);

    private static Teammate join(Wiring w, String name) {
        return w.fakes.team.join(new Teammate(new TeammateId(w.fakes.ids.next()), name, Fakes.TODAY));
    }

    private static Wiring namingAuthors(Wiring w) {
        w.useCases = w.useCases.withAuthors(new RecordAuthorsService(w.fakes.marks, w.fakes.team, w.fakes.clock));
        return w;
    }

    @Test
    void theContactPageSaysWhoAddedAndWhoChangedThem() throws Exception {
        Wiring w = namingAuthors(Seeds.withDirection());
        Teammate alice = join(w, "Alice");
        Teammate bob = join(w, "Bob");
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "Baker");
        w.fakes.marks.mark(RecordKind.CONTACT, ana.id().value(), Deed.ADDED, new Stamp(alice.id(), MARCH_3));
        w.fakes.marks.mark(RecordKind.CONTACT, ana.id().value(), Deed.CHANGED, new Stamp(bob.id(), TODAY_10_42));
        try (Tui tui = new Tui(w, 80, 24)) {
            tui.press('3').enter();

            assertThat(tui.row(tui.rowOf("Added by")).strip()).isEqualTo("Added by Alice on 3 Mar · changed by Bob at 10:42");
        }
    }

    @Test
    void aContactOlderThanTheTeamWasAddedByTheFounder() throws Exception {
        Wiring w = namingAuthors(Seeds.withDirection());
        join(w, "Alice");
        join(w, "Bob");
        Seeds.contact(w, "Ana Ruiz", "Acme", "Baker");
        try (Tui tui = new Tui(w, 80, 24)) {
            tui.press('3').enter();

            assertThat(tui.row(tui.rowOf("Added by")).strip()).isEqualTo("Added by Alice");
        }
    }

    @Test
    void onePersonAloneIsNeverToldWhoDidWhat() throws Exception {
        Wiring w = namingAuthors(Seeds.withDirection());
        Teammate alice = join(w, "Alice");
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "Baker");
        w.fakes.marks.mark(RecordKind.CONTACT, ana.id().value(), Deed.ADDED, new Stamp(alice.id(), MARCH_3));
        try (Tui tui = new Tui(w, 80, 24)) {
            tui.press('3').enter();

            assertThat(tui.text()).contains("Ana Ruiz").doesNotContain("Added by");
        }
    }

    @Test
    void theNeedPageSaysWhoAddedIt() throws Exception {
        Wiring w = namingAuthors(Seeds.withDirection());
        join(w, "Alice");
        Teammate bob = join(w, "Bob");
        Need need = Seeds.need(w, "intro to Acme", Target.company("Acme"));
        w.fakes.marks.mark(RecordKind.NEED, need.id().value(), Deed.ADDED, new Stamp(bob.id(), MARCH_3));
        try (Tui tui = Tui.on(w).press('2').enter()) {
            assertThat(tui.row(tui.rowOf("Added by")).strip()).isEqualTo("Added by Bob on 3 Mar");
        }
    }

    @Test
    void theRequestPageSaysWhoDecidedIt() throws Exception {
        Wiring w = namingAuthors(Seeds.withDirection());
        Teammate alice = join(w, "Alice");
        Teammate bob = join(w, "Bob");
        Contact maria = Seeds.contact(w, "Maria Lopez", "Bluebird Foods", "Hiring lead");
        long request = w.useCases.recordMeetingRequest().recordRequest(
                RecordMeetingRequestUseCase.Command.from(maria.id(), "Coffee next week", Channel.COFFEE)).id().value();
        w.fakes.marks.mark(RecordKind.MEETING_REQUEST, request, Deed.ADDED, new Stamp(alice.id(), MARCH_3));
        w.fakes.marks.mark(RecordKind.MEETING_REQUEST, request, Deed.DECIDED, new Stamp(bob.id(), TODAY_10_42));
        try (Tui tui = new Tui(w, 160, 30)) {
            tui.press('3').enter().enter();

            assertThat(tui.text()).contains("Maria Lopez asks: Coffee next week");
            assertThat(tui.row(tui.rowOf("Added by")).strip())
                    .isEqualTo("Added by Alice on 3 Mar · decided by Bob at 10:42");
        }
    }
}
