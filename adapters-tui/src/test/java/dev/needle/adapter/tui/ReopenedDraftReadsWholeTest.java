package dev.needle.adapter.tui;

import static dev.needle.adapter.tui.EndedSessions.enter;
import static dev.needle.adapter.tui.EndedSessions.sessionEndsAfter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import org.junit.jupiter.api.Test;

/**
 * The start after a session died while a follow-up date was typed for someone with a long name: the line
 * offering the draft fits 80 columns and still names the person (shortened with "…" when it must be),
 * and the reopened date says the day it means at once.
 */
class ReopenedDraftReadsWholeTest {
    private static final String LONG_NAME = "Maximiliane Alexandra von Hohenzollern-Sigmaringen";

    @Test
    void theOfferOfADraftOnSomeoneWithALongNameFits80ColumnsAndSaysWho() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, LONG_NAME, "Acme", "");
        sessionEndsAfter(w, "3", enter(), "s", Key.ctrl('u'), "fri");

        try (Tui tui = Tui.on(w)) {
            String line = tui.row(23).strip();
            assertThat(line).startsWith("Press R to reopen a follow-up date for Maximiliane Alexandra von Hohenzollern")
                    .hasSizeLessThanOrEqualTo(80).doesNotContain("….");

            tui.press('R');
            assertThat(tui.row(23).strip()).isEqualTo("Reopened; Ctrl-S saves it.");
        }
    }

    @Test
    void aReopenedDateSaysTheDayItMeansBeforeAnyKey() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Rita Sousa", "Acme", "");
        sessionEndsAfter(w, "3", enter(), "s", Key.ctrl('u'), "fri");

        try (Tui tui = Tui.on(w)) {
            tui.press('R');

            assertThat(tui.row(tui.rowOf("Follow up on"))).contains("fri").contains("→ Fri 2026-03-20");
        }
    }

    @Test
    void aNameTooLongForTheLineIsShortenedNotDropped() throws Exception {
        String longest = "Maximiliane Alexandra Theodora Friederike von Hohenzollern-Sigmaringen und Braganza";
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, longest, "Acme", "");
        sessionEndsAfter(w, "3", enter(), "s", Key.ctrl('u'), "fri");

        try (Tui tui = Tui.on(w)) {
            String line = tui.row(23).strip();
            assertThat(line).startsWith("Press R to reopen a follow-up date for Maximiliane Alexandra").endsWith("…")
                    .hasSizeLessThanOrEqualTo(80);
        }
    }
}
