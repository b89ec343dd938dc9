package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Contact;
import org.junit.jupiter.api.Test;

/** Today's follow-ups have no company column: two people of one name must not read as the same row. */
class NamesakesOnTodayTest {

    @Test
    void twoFollowUpsOfOneNameAreToldApartByTheirCompany() throws Exception {
        // Walked with LANG=C: "overdue 2026-12-01   Sarah Costa" twice, and no way to tell which to call.
        Wiring w = Seeds.withDirection();
        Contact acme = Seeds.contact(w, "Sarah Costa", "Acme", "");
        Contact bakery = Seeds.contact(w, "Sarah Costa", "Padaria São João", "");
        w.fakes.contacts.save(acme.followUpOn(Fakes.TODAY.minusDays(2)));
        w.fakes.contacts.save(bakery.followUpOn(Fakes.TODAY.minusDays(1)));
        Contact ana = Seeds.contact(w, "Ana Lima", "Acme", "");
        w.fakes.contacts.save(ana.followUpOn(Fakes.TODAY));

        try (Tui tui = Tui.on(w)) {
            assertThat(tui.text()).contains("Sarah Costa of Acme").contains("Sarah Costa of Padaria São João")
                    .contains("Ana Lima").doesNotContain("Ana Lima of");
        }
    }
}
