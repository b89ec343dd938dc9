package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import org.junit.jupiter.api.Test;

/** The filter lines of the lists and the command palette edit as a form's text field does. */
class CursorInFiltersTest {
    private static final Key LEFT = Key.of(Key.Type.LEFT);
    private static final Key HOME = Key.of(Key.Type.HOME);

    @Test
    void theContactFilterIsMendedInPlaceAndNarrowsAgain() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ben Okafor", "Acme", "");
        Seeds.contact(w, "Bea Stone", "Globex", "");
        try (Tui tui = Tui.on(w)) {
            tui.press('3', '/').type("bn").press(LEFT).type("e");
            int row = tui.rowOf("found");
            assertThat(tui.row(row)).startsWith("/ben ");
            assertThat(tui.text()).contains("Ben Okafor").doesNotContain("Bea Stone");
            assertThat(tui.cell(3, row).getCharacterString()).isEqualTo("n");
            assertThat(tui.cell(3, row).isReversed()).as("the cursor is on the n").isTrue();
            assertThat(tui.cell(2, row).isReversed()).isFalse();

            tui.press(Key.ctrl('a'), Key.ctrl('k'));
            assertThat(tui.text()).contains("Ben Okafor").contains("Bea Stone");
        }
    }

    @Test
    void theNeedsFilterAndThePaletteHaveACursorToo() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "intro to a landlord");
        Seeds.need(w, "coffee with a baker");
        try (Tui tui = Tui.on(w)) {
            tui.press('2', '/').type("landlrd").press(LEFT, LEFT).type("o");
            assertThat(tui.text()).contains("/landlord").contains("intro to a landlord").doesNotContain("with a baker");
            tui.esc().esc();

            tui.press(':').type("ompany").press(HOME).type("c");
            assertThat(tui.text()).contains(":company");
        }
    }
}
