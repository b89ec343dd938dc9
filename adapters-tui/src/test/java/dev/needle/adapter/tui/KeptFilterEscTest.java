package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import org.junit.jupiter.api.Test;

/**
 * A filter kept with Enter narrows the list until the user lets go of it: Esc on the list is that
 * "back", as it is while typing, and the hint bar says so. Before, Esc did nothing there and the next
 * Enter opened the one person the forgotten filter still showed.
 */
class KeptFilterEscTest {
    private static final Key ENTER = Key.of(Key.Type.ENTER);

    @Test
    void escOnAContactListWithAKeptFilterShowsEveryoneAgain() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "João Conceição", "Moagem Ceres", "");
        Seeds.contact(w, "Ελένη Παπαδοπούλου", "Hellenic Bakers", "");
        try (Tui tui = Tui.on(w)) {
            tui.press('3', '/').type("ελένη").press(ENTER);
            assertThat(tui.text()).contains("/ελένη").doesNotContain("João Conceição");
            assertThat(tui.row(22)).contains("Esc clear filter");

            tui.esc();
            assertThat(tui.text()).contains("João Conceição").contains("Ελένη Παπαδοπούλου").doesNotContain("/ελένη")
                    .doesNotContain("found");
            assertThat(tui.row(22)).doesNotContain("Esc clear filter");
        }
    }

    @Test
    void escOnTheNeedsListWithAKeptFilterShowsEveryNeedAgain() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "intro to a landlord");
        Seeds.need(w, "coffee with a baker");
        try (Tui tui = Tui.on(w)) {
            tui.press('2', '/').type("landlord").press(ENTER);
            assertThat(tui.text()).doesNotContain("coffee with a baker");

            tui.esc();
            assertThat(tui.text()).contains("coffee with a baker").contains("intro to a landlord").doesNotContain("/landlord");
        }
    }
}
