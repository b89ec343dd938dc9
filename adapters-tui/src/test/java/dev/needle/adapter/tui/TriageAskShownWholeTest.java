package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The triage screen at 80x24 shows what they asked whole, with the format and the day they proposed. */
class TriageAskShownWholeTest {
    private static final String ASK = "He'd like to grab a coffee and talk about redoing the sardine tin labels for next season";

    @Test
    void aLongAskKeepsItsDayOnScreen() throws Exception {
        // The line was cut at 80 columns: "…talk about redoing the sard…", and the day proposed with it.
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "João Gonçalves", "Conservas Gonçalves", "Diretor Comercial");
        try (Tui tui = Tui.on(w).press('3').press('t').type(ASK).tab().tab().tab().tab().type("thu").tab().type("10am")
                .enter()) {
            assertThat(tui.ui.current().name()).isEqualTo("Triage");
            String words = tui.text().replaceAll("\\s+", " ");
            assertThat(words).contains("João Gonçalves asks: " + ASK + " (coffee, Thursday, March 19 at 10 am)");
            assertThat(words).contains("Message Hi João");
        }
    }
}
