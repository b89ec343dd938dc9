package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import org.junit.jupiter.api.Test;

/** The contact page a little longer than the window still shows whose page it is. */
class ContactPageScrollTest {
    @Test
    void aPageOneLineTooLongKeepsTheNameOnScreenWhileTheSelectedRequestIsVisible() throws Exception {
        // Over needle serve, with the owner and authors lines and a three-line note, the page scrolled to
        // centre the selected request and the name, its first line, went off the top.
        Wiring w = Seeds.withDirection();
        Contact ahmed = Seeds.contact(w, "Ahmed El-Sayed", "1KOMMA5", "Lead Data Engineer");
        w.useCases.editContact().editContact(w.useCases.viewContact().viewContact(ahmed.id()).contact().edit()
                .notes("Met at Data Council.\nRuns the on-call rota.\nAsked about Dagster.\nSend the template.\n"
                        + "Likes climbing.\nHas two kids.\nMoved from Cairo.\nSpeaks German.").build());
        try (Tui tui = Tui.on(w).press('3').press('t').type("Coffee?").enter().esc().enter()) {
            assertThat(tui.ui.current().name()).as(tui.text()).isEqualTo("Contact");
            assertThat(tui.row(2)).as(tui.text()).startsWith("Ahmed El-Sayed");
            assertThat(tui.text()).contains("Coffee?");
        }
    }
}
