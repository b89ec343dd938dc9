package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Tab next screen", as the help says, from a page opened on a screen as from the screen itself. */
class TabFromAPageTest {

    @Test
    void tabOnAContactPageGoesToTheScreenAfterContacts() throws Exception {
        // From a contact's page Tab went to Today, screen 1, whatever screen the page was opened from.
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').enter()) {
            assertThat(tui.ui.current().name()).isEqualTo("Contact");
            tui.tab();
            assertThat(tui.ui.current().name()).isEqualTo("Events");
        }
    }
}
