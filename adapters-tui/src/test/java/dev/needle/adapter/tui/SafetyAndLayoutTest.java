package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextCharacter;
import dev.needle.adapter.tui.text.SafeText;
import dev.needle.application.HostileText;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyAndLayoutTest {

    @Test
    void aHostileNameNeverPutsAnEscapeOrControlCharacterOnTheScreen() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Eve\u001b[2J\u001b]0;owned\u0007\u009b31m\u202eReversed\u0000", "Acme\u001b[5m", "");
        try (Tui tui = Tui.on(w).press('3')) {
            for (int row = 0; row < 24; row++) {
                for (int col = 0; col < 80; col++) {
                    String cell = tui.cell(col, row).getCharacterString();
                    assertThat(cell.chars()).as("cell %d,%d", col, row)
                            .noneMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x202e);
                }
            }
            assertThat(tui.text()).contains("EveReversed").doesNotContain("[2J").doesNotContain("owned");
        }
    }

    /**
     * The shared hostile corpus as contact names, companies and need titles, on the lists and a
     * detail screen: each value shows cleaned, with no residue of a removed sequence.
     */
    @Test
    void theHostileCorpusShowsCleanedOnEveryScreenItReaches() throws Exception {
        Wiring w = Seeds.withDirection();
        List<String> raw = HostileText.everyRaw();
        for (int i = 0; i < raw.size(); i++) {
            Seeds.contact(w, raw.get(i), HostileText.ORDINARY.get(i % HostileText.ORDINARY.size()), "");
            Seeds.need(w, raw.get(i));
        }
        try (Tui tui = Tui.on(w)) {
            tui.resize(140, 60);
            for (char screen : new char[] {'3', '2'}) {
                tui.press(screen);
                String shown = tui.text();
                HostileText.assertSafe("screen " + screen, shown);
                // Marks are checked on the bytes a terminal gets (ScriptsOnATerminalTest); here, the cells.
                HostileText.CORPUS.forEach(sample -> assertThat(shown).contains(sample.shown()));
            }
            tui.press('3').enter();
            HostileText.assertSafe("a contact's details", tui.text());
        }
    }

    @Test
    void cjkNamesTakeTwoColumnsPerCharacter() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "田中太郎", "Acme", "");
        try (Tui tui = Tui.on(w).press('3')) {
            int row = tui.rowOf("田中太郎");
            int start = -1;
            for (int col = 0; col < 80; col++) {
                if (tui.cell(col, row).getCharacterString().equals("田")) {
                    start = col;
                    break;
                }
            }
            assertThat(start).isGreaterThanOrEqualTo(0);
            TextCharacter ta = tui.cell(start, row);
            assertThat(ta.isDoubleWidth()).isTrue();
            assertThat(tui.cell(start + 2, row).getCharacterString()).isEqualTo("中");
            assertThat(tui.cell(start + 6, row).getCharacterString()).isEqualTo("郎");
            int companyColumn = tui.row(1 + 1).indexOf("Company");
            assertThat(tui.row(row).indexOf("Acme")).as("the company column still lines up after wide characters")
                    .isEqualTo(companyColumn - 4 * 1);
        }
    }

    @Test
    void aFiveHundredCharacterNameIsClippedWithAnEllipsisInsideItsColumn() throws Exception {
        Wiring w = Seeds.withDirection();
        String longName = "A" + "b".repeat(198) + "Z";
        Seeds.contact(w, longName, "Acme", "");
        String fiveHundred = "N".repeat(500);
        Seeds.contact(w, fiveHundred.substring(0, 200), "Globex", "");
        try (Tui tui = Tui.on(w).press('3')) {
            String row = tui.row(tui.rowOf("Abbb"));
            int company = tui.row(2).indexOf("Company");
            assertThat(row.substring(0, company)).contains("…");
            assertThat(row.substring(company)).startsWith("Acme");
            assertThat(row).doesNotContain("Z");
        }
    }

    @Test
    void layoutFollowsTheWindowDownToTheMinimumAndANoticeBelowIt() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "Market Research Lead");
        try (Tui tui = Tui.on(w).press('3')) {
            assertThat(tui.row(22)).contains("q quit");
            tui.resize(60, 16);
            assertThat(tui.text()).contains("Ana Ruiz").doesNotContain("Make the window bigger");
            assertThat(tui.row(14)).contains("q quit");
            tui.resize(40, 10);
            assertThat(tui.text()).contains("Make the window bigger").contains("40x10").doesNotContain("Ana Ruiz");
            tui.press('j');
            tui.resize(80, 24);
            assertThat(tui.text()).contains("Ana Ruiz").doesNotContain("Make the window bigger");
            assertThat(tui.row(22)).contains("q quit");
            tui.resize(300, 50);
            assertThat(tui.row(48)).contains("q quit");
            assertThat(tui.text()).contains("Market Research Lead");
        }
    }

    @Test
    void theNoticeItselfIsClippedOnATinyWindow() throws Exception {
        try (Tui tui = Tui.on(Seeds.withDirection())) {
            tui.resize(12, 5);
            assertThat(tui.text()).contains("Make the wi…");
            assertThat(SafeText.width(tui.row(2))).isLessThanOrEqualTo(12);
        }
    }
}
