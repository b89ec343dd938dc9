package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.KeyHint;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Ui;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.render.Glyphs;
import dev.needle.adapter.tui.render.Palette;
import dev.needle.adapter.tui.render.Renderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bytes a terminal receives: ASCII stand-ins under LANG=C, and never a NUL. */
class LocaleGlyphsTest {
    private static final View SYMBOLS = new View() {
        @Override
        public String name() {
            return "Today";
        }

        @Override
        public List<Binding> bindings() {
            return List.of();
        }

        @Override
        public List<KeyHint> hints() {
            return List.of(KeyHint.of("j/k ↑/↓", "move"), KeyHint.of("‹ ›", "choose"));
        }

        @Override
        public List<Line> body(int width, int height) {
            return List.of(Line.of("3 open · 1 in progress … ‹ business › — done"),
                    Line.of("┌──┐ │ └──┘ ← → [████····]"));
        }
    };

    private static byte[] drawn(Glyphs glyphs) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamTerminal terminal = new StreamTerminal(new ByteArrayInputStream(new byte[0]), out, 80, 24);
        Screen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Ui ui = new Ui(List.of(SYMBOLS), "Find a product role — soon", "Saved · u undoes", Optional.empty(), List.of(),
                80, 24, Optional.empty(), false);
        new Renderer(Palette.MONOCHROME, glyphs).draw(screen, ui, SYMBOLS.hints(), List.of("Today", "Needs"));
        screen.refresh(Screen.RefreshType.COMPLETE);
        terminal.flush();
        return out.toByteArray();
    }

    /** The characters drawn, without the escape sequences and blanks between them. */
    private static String visible(String written) {
        return written.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").replace(" ", "");
    }

    @Test
    void underACLocaleEverySymbolLeavesAsAnAsciiStandIn() throws Exception {
        byte[] bytes = drawn(Glyphs.from(Map.of("LANG", "C")));
        for (byte b : bytes) {
            assertThat(b & 0xff).as("every byte ASCII").isLessThan(0x80).isNotZero();
        }
        String text = visible(new String(bytes, java.nio.charset.StandardCharsets.US_ASCII));
        // The screen moves the cursor over blank cells rather than writing spaces.
        assertThat(text).contains("3open.1inprogress~<business>-done").contains("+--+|+--+<>[####....]")
                .contains("Needle.Findaproductrole-soon").contains("j/k^/vmove<>choose");
    }

    @Test
    void underAUtf8LocaleTheSymbolsStayAndNoNulFollowsThem() throws Exception {
        byte[] bytes = drawn(Glyphs.from(Map.of("LANG", "C", "LC_CTYPE", "en_US.UTF-8")));
        for (byte b : bytes) {
            assertThat(b).as("no NUL byte").isNotZero();
        }
        assertThat(visible(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))).contains("3open·1inprogress…‹business›—done");
    }

    @Test
    void theLocaleComesFromLcAllThenLcCtypeThenLang() {
        assertThat(Glyphs.from(Map.of("LC_ALL", "C", "LANG", "en_US.UTF-8"))).isEqualTo(Glyphs.ASCII);
        assertThat(Glyphs.from(Map.of("LC_CTYPE", "de_DE.utf8", "LANG", "C"))).isEqualTo(Glyphs.UNICODE);
        assertThat(Glyphs.from(Map.of())).isEqualTo(Glyphs.ASCII);
        assertThat(Glyphs.from(Map.of(), Glyphs.UNICODE)).isEqualTo(Glyphs.UNICODE);
    }
}
