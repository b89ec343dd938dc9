package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.form.FormView;
import org.junit.jupiter.api.Test;

/** What someone can offer and looks for is shown as it was typed, first things first, not sorted. */
class TypedOrderTest {

    @Test
    void offersAndLookingForKeepTheOrderTheyWereTypedIn() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "Designer");
        try (Tui tui = Tui.on(w).press('3').enter().press('e')) {
            for (int i = 0; i < 7; i++) {
                tui.tab();
            }
            tui.type("sourdough baking, kubernetes, accounting").tab().type("product design, a mentor")
                    .press(Key.ctrl('s'));

            assertThat(tui.text()).contains("Can offer: sourdough baking, kubernetes, accounting")
                    .contains("Looking for: product design, a mentor");

            tui.press('e');
            assertThat(((FormView) tui.ui.current()).field("offers").value())
                    .isEqualTo("sourdough baking, kubernetes, accounting");
        }
    }
}
