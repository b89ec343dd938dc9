package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.screen.TerminalScreen;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Navigator;
import dev.needle.adapter.tui.core.Ui;
import dev.needle.adapter.tui.render.Palette;
import dev.needle.adapter.tui.render.Renderer;
import dev.needle.adapter.tui.screen.Screens;
import dev.needle.application.HostileText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names in scripts with combining marks and names with emoji, as the bytes Needle writes lay out on a real terminal. */
class ScriptsOnATerminalTest {
    private static final String PRIYA = "प्रिया शर्मा";
    private static final String SOMCHAI = "สมชาย ใจดี";

    private static final String ANA = "Ana \ud83c\udf31"; // 🌱
    private static final String BO = "Bo \ud83d\udc4d"; // 👍

    @Test
    void devanagariAndThaiNamesArriveWholeAndTheCompanyColumnLinesUp() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Alice Smith", "Plain Inc", "");
        Seeds.contact(w, PRIYA, "Tata Labs", "");
        Seeds.contact(w, SOMCHAI, "Siam Works", "");
        Seeds.contact(w, "山田太郎", "Yamada KK", "");
        AnsiGrid grid = contactsAsATerminalShowsThem(w);

        int header = grid.rowOf("Company");
        int company = grid.columnOf(header, "Company");
        assertThat(grid.row(grid.rowOf("Plain Inc"))).startsWith("Alice Smith");
        assertThat(grid.row(grid.rowOf("Tata Labs"))).startsWith(PRIYA);
        assertThat(grid.row(grid.rowOf("Siam Works"))).startsWith(SOMCHAI);
        assertThat(grid.columnOf(grid.rowOf("Plain Inc"), "Plain Inc")).isEqualTo(company);
        assertThat(grid.columnOf(grid.rowOf("Tata Labs"), "Tata Labs")).isEqualTo(company);
        assertThat(grid.columnOf(grid.rowOf("Siam Works"), "Siam Works")).isEqualTo(company);
        assertThat(grid.columnOf(grid.rowOf("Yamada KK"), "Yamada KK")).isEqualTo(company);
    }

    @Test
    void emojiInNamesArriveWholeTwoCellsWideAndTheCompanyColumnLinesUp() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Alice Smith", "Plain Inc", "");
        Seeds.contact(w, ANA, "Green Co", "");
        Seeds.contact(w, BO, "Acme", "");
        Seeds.contact(w, "山田太郎", "Yamada KK", "");
        AnsiGrid grid = contactsAsATerminalShowsThem(w);

        int company = grid.columnOf(grid.rowOf("Company"), "Company");
        assertThat(grid.row(grid.rowOf("Green Co"))).startsWith(ANA + " ").doesNotContain("?", "\ufffd");
        assertThat(grid.row(grid.rowOf("Acme"))).startsWith(BO + " ").doesNotContain("?", "\ufffd");
        for (String org : List.of("Plain Inc", "Green Co", "Acme", "Yamada KK")) {
            assertThat(grid.columnOf(grid.rowOf(org), org)).as("where %s starts", org).isEqualTo(company);
        }
    }

    /**
     * The shared hostile corpus as names, companies and need titles: the bytes written hold no control
     * but Lanterna's own CSI sequences (taken out before the check), and the terminal shows each value
     * cleaned, with no residue of a removed sequence.
     */
    @Test
    void theHostileCorpusReachesTheTerminalOnlyAsCleanedText() throws Exception {
        Wiring w = Seeds.withDirection();
        List<String> raw = HostileText.everyRaw();
        for (int i = 0; i < raw.size(); i++) {
            Seeds.contact(w, raw.get(i), HostileText.ORDINARY.get(i % HostileText.ORDINARY.size()), "");
            Seeds.need(w, raw.get(i));
        }
        for (char screenKey : new char[] {'3', '2'}) {
            Drawn drawn = drawn(w, screenKey, 140, 60);
            HostileText.assertSafe("screen " + screenKey + "'s bytes",
                    drawn.bytes().replaceAll("\u001b\\[[0-?]*[ -/]*[@-~]", ""));
            HostileText.assertShown("screen " + screenKey, drawn.rows(60));
        }
    }

    /** Opens Contacts, moves the selection down each row, and lays the bytes written out as a terminal would. */
    private static AnsiGrid contactsAsATerminalShowsThem(Wiring w) throws Exception {
        return drawn(w, '3', 80, 24).grid();
    }

    /** The bytes Needle wrote to the terminal for a screen, and how a terminal lays them out. */
    private record Drawn(String bytes, AnsiGrid grid) {
        String rows(int count) {
            StringBuilder all = new StringBuilder();
            for (int r = 0; r < count; r++) {
                all.append(grid.row(r)).append('\n');
            }
            return all.toString();
        }
    }

    /** Opens a screen, moves the selection down three rows, and lays the bytes written out as a terminal would. */
    private static Drawn drawn(Wiring w, char screenKey, int columns, int rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamTerminal terminal = new StreamTerminal(new ByteArrayInputStream(new byte[0]), out, columns, rows);
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Navigator navigator = new Navigator(w.useCases, new Screens(), dev.needle.domain.triage.MessageTemplates.defaults(),
                dev.needle.adapter.tui.edit.TextEditor.NONE, Path.of("").toAbsolutePath());
        Renderer renderer = new Renderer(Palette.MONOCHROME);
        Ui ui = navigator.handle(navigator.start(columns, rows), Key.ch(screenKey));
        renderer.draw(screen, ui, navigator.hintsFor(ui), navigator.screenNames());
        screen.refresh();
        // Moving the selection repaints only the changed cells: marks and emoji must survive that too.
        for (int i = 0; i < 3; i++) {
            ui = navigator.handle(ui, Key.of(Key.Type.DOWN));
            renderer.draw(screen, ui, navigator.hintsFor(ui), navigator.screenNames());
            screen.refresh();
        }

        AnsiGrid grid = new AnsiGrid(columns, rows);
        String bytes = out.toString(StandardCharsets.UTF_8);
        grid.read(bytes);
        screen.stopScreen();
        return new Drawn(bytes, grid);
    }
}
