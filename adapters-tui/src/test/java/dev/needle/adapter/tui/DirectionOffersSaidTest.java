package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import org.junit.jupiter.api.Test;

/** What the status line says after the offers are edited reads as a sentence, names as typed. */
class DirectionOffersSaidTest {

    @Test
    void theOffersAreSaidInASentenceWithNamesKeptAsTyped() throws Exception {
        try (Tui tui = Tui.on(Seeds.withDirection()).press('D')) {
            tui.press('o').press(Key.ctrl('u')).type("A Zürich supplier list, Sourdough know-how, Wholesale bread for Cafés")
                    .press(Key.ctrl('s'));

            assertThat(tui.text()).contains("You offer a Zürich supplier list, sourdough know-how, wholesale bread for Cafés.");
        }
    }

    /** Undone, then changed in another session: the redo says what they offer now, as a list. */
    @Test
    void redoOfOffersAnotherSessionChangedSinceQuotesThemAsAList() throws Exception {
        Wiring w = Seeds.withDirection();
        try (Tui a = new Tui(w, 160, 30).press('D'); Tui b = new Tui(w, 160, 30).press('D')) {
            a.press('o').press(Key.ctrl('u')).type("Bookkeeping").press(Key.ctrl('s')).press('u');
            b.press('o').press(Key.ctrl('u')).type("Tax Returns, bookkeeping").press(Key.ctrl('s'));

            a.press(Key.ctrl('r'));

            assertThat(a.text()).contains("Changed in another session since: What you can offer is now \"bookkeeping, Tax Returns\".");
        }
    }

    /** A list typed as people write one, "A, B, and C": the "and" joins the list, it is no part of the last offer. */
    @Test
    void theAndBeforeTheLastOfferTypedIsNotKeptAsPartOfIt() throws Exception {
        try (Tui tui = Tui.on(Seeds.withDirection()).press('D')) {
            tui.press('o').press(Key.ctrl('u')).type("Ten years of baking in Lisbon, a business degree, and some savings")
                    .press(Key.ctrl('s'));

            assertThat(tui.text()).contains("You offer a business degree, some savings, ten years of baking in Lisbon.")
                    .doesNotContain("and some savings");
        }
    }
}
