package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.text.SafeText;
import org.junit.jupiter.api.Test;

/** The path of screens names the person whose page is open, as a list names the resource you are in. */
class ContactBreadcrumbTest {
    private static final int PATH_ROW = 1;

    @Test
    void theContactPageIsNamedAfterThePersonInThePath() throws Exception {
        // The path read "Contacts › Contact" whoever's page it was.
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ahmed El-Sayed", "1KOMMA5", "Lead Data Engineer");
        try (Tui tui = Tui.on(w).press('3').enter()) {
            assertThat(tui.row(PATH_ROW)).as(tui.text()).startsWith(" Contacts › Ahmed El-Sayed").doesNotContain("Contact ");
        }
    }

    @Test
    void aNeedsPageIsNamedAfterTheNeedInThePath() throws Exception {
        // The path read "Needs › Need" whichever need was open.
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "A print partner in Porto");
        try (Tui tui = Tui.on(w).press('2').enter()) {
            assertThat(tui.row(PATH_ROW)).as(tui.text()).startsWith(" Needs › A print partner in Porto");
        }
    }

    @Test
    void aLongNameIsCutSoTheScreenYouAreOnStaysInThePath() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Maximiliane Alexandra Freifrau von Hohenzollern-Sigmaringen und Württemberg-Teck", "Enpal",
                "Head of Partnerships");
        try (Tui tui = Tui.on(w).press('3').enter()) {
            assertThat(tui.row(PATH_ROW).stripTrailing()).as(tui.text()).startsWith(" Contacts › Maximiliane Alexandra")
                    .endsWith("…");
            tui.press('t').type("Could we talk about your partner programme over a coffee?").enter();

            String path = tui.row(PATH_ROW).stripTrailing();
            assertThat(path).as(tui.text()).startsWith(" Contacts › Maximiliane").contains("…").endsWith(" › Triage");
            assertThat(SafeText.width(path)).isLessThanOrEqualTo(80);
        }
    }

    @Test
    void aLongNameInWideCharactersIsCutOnWholeCharacters() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "欧阳娜娜 北京字节跳动科技有限公司 产品设计研究中心 用户体验研究部 高级研究员 张伟", "ByteDance", "UX researcher");
        try (Tui tui = Tui.on(w).press('3').enter().press('t').type("Coffee next week?").enter()) {
            String path = tui.row(PATH_ROW).stripTrailing();
            assertThat(path).as(tui.text()).startsWith(" Contacts › 欧阳娜娜").contains("…").endsWith(" › Triage")
                    .doesNotContain("\uFFFD");
        }
    }
}
