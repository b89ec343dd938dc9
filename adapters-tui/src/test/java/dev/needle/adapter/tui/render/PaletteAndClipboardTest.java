package dev.needle.adapter.tui.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import dev.needle.adapter.tui.core.Style;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaletteAndClipboardTest {

    @Test
    void noColorWinsThenColortermThenAKnownTerm() {
        assertThat(Palette.from(Map.of("NO_COLOR", "1", "COLORTERM", "truecolor", "TERM", "xterm-256color")).colour())
                .isFalse();
        assertThat(Palette.from(Map.of("COLORTERM", "truecolor", "TERM", "xterm")).colour()).isTrue();
        assertThat(Palette.from(Map.of("TERM", "xterm-256color")).colour()).isTrue();
        assertThat(Palette.from(Map.of("TERM", "dumb", "COLORTERM", "truecolor")).colour()).isFalse();
        assertThat(Palette.from(Map.of()).colour()).isFalse();
    }

    @Test
    void theSelectionIsReverseVideoWithOrWithoutColour() {
        assertThat(Palette.MONOCHROME.modifiers(Style.SELECTED)).contains(SGR.REVERSE);
        assertThat(new Palette(true).modifiers(Style.SELECTED)).contains(SGR.REVERSE);
    }

    @Test
    void osc52CarriesTheTextBase64EncodedSoItCannotEscape() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String message = "Hi Ana \u001b[2J, 田中";
        new Osc52Clipboard(out).copy(message);

        String written = out.toString(StandardCharsets.US_ASCII);
        assertThat(written).startsWith("\u001b]52;c;").endsWith("\u0007");
        String payload = written.substring("\u001b]52;c;".length(), written.length() - 1);
        assertThat(payload).doesNotContain("\u001b");
        assertThat(new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8)).isEqualTo(message);
    }

    @Test
    void theHintBarKeepsTheWayOutWhenSpaceRunsShort() {
        var hints = java.util.List.of(dev.needle.adapter.tui.core.KeyHint.of("Enter", "details"),
                dev.needle.adapter.tui.core.KeyHint.of("/", "filter"),
                dev.needle.adapter.tui.core.KeyHint.of("?", "help"), dev.needle.adapter.tui.core.KeyHint.of("q", "quit"));
        assertThat(Renderer.hintText(hints, 200)).isEqualTo("Enter details  / filter  ? help  q quit");
        assertThat(Renderer.hintText(hints, 30)).isEqualTo("Enter details  ? help  q quit");
    }
}
