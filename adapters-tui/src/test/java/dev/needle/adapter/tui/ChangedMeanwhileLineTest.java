package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.domain.Cadence;
import dev.needle.domain.Contact;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Undo and redo say what another session changed since, before asking: one line of an 80-column
 * terminal, a whole sentence whatever the record and however long the value.
 */
class ChangedMeanwhileLineTest {
    private static String message(Tui tui) {
        return tui.row(tui.terminal.getTerminalSize().getRows() - 1).strip();
    }

    private static Tui select(Tui tui, String text) {
        int row = tui.rowOf(text);
        for (int i = 0; i < 30 && !tui.isReversed(row); i++) {
            tui.press('j');
        }
        assertThat(tui.isReversed(row)).as(text + " selected").isTrue();
        return tui;
    }

    @Test
    void aLongValueIsShortenedSoTheSentenceEndsOnTheLine() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Maria Lopez", "Bluebird", "Analyst");
        try (Tui a = new Tui(w, 80, 24); Tui b = new Tui(w, 80, 24)) {
            select(a.press('3'), "Maria Lopez").press('e').tab().tab().press(Key.ctrl('u')).type("Director")
                    .tab().type("maria@bluebird.example").press(Key.ctrl('s'));
            select(b.press('3'), "Maria Lopez").press('e').tab().tab().press(Key.ctrl('u'))
                    .type("Director of partnerships and strategic alliances for Europe, the Middle East and Africa")
                    .press(Key.ctrl('s'));

            a.press('u');

            assertThat(message(a)).startsWith("Changed elsewhere: Maria Lopez's role is now \"Director of")
                    .endsWith("…\".");
            assertThat(a.text()).contains("Undo edit of Maria Lopez anyway? y/N");
        }
    }

    @Test
    void aChangeToKeepingInTouchReadsAsASentence() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "Analyst");
        try (Tui a = new Tui(w, 80, 24)) {
            Tui form = select(a.press('3'), "Ana Ruiz").press('e').tab().tab().press(Key.ctrl('u')).type("Director");
            for (int i = 0; i < 11; i++) {
                form.tab();
            }
            form.type("2w").press(Key.ctrl('s'));
            w.useCases.week().touch().keepInTouch().setCadence(ana.id(), Optional.of(Cadence.parse("1m")));

            a.press('u');

            assertThat(message(a)).matches("Changed in another session( since)?: keeping in touch with Ana Ruiz is now \"[^\"]+\"\\.");
        }
    }
}
