package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.render.Keys;
import dev.needle.adapter.tui.render.Palette;
import dev.needle.domain.Contact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TuiAppTest {

    private static void type(DefaultVirtualTerminal terminal, String text) {
        text.chars().forEach(c -> terminal.addInput(Keys.toStroke(Key.ch((char) c))));
    }

    private static void key(DefaultVirtualTerminal terminal, Key.Type type) {
        terminal.addInput(Keys.toStroke(Key.of(type)));
    }

    @Test
    void theRealLoopCapturesWhatIsTypedQuitsOnQAndLeavesThePrivateScreen() throws Exception {
        Wiring w = Seeds.withDirection();
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        type(terminal, "2a");
        type(terminal, "Ana Ruiz");
        key(terminal, Key.Type.ENTER);
        type(terminal, "Ben Okafor");
        key(terminal, Key.Type.ENTER);
        key(terminal, Key.Type.ESCAPE);
        type(terminal, "q");

        TuiApp.run(w.useCases, terminal);

        assertThat(w.useCases.searchContacts().search("", 10)).extracting(Contact::name)
                .containsExactly("Ana Ruiz", "Ben Okafor");
        assertThat(terminal.getCharacter(1, 0).getCharacterString())
                .as("the UI's title is gone: the normal screen is back").isNotEqualTo("N");
    }

    @Test
    void copiedMessagesGoToTheClipboardAfterTheKeyIsHandled() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        type(terminal, "2t");
        key(terminal, Key.Type.ENTER);
        type(terminal, "y");
        key(terminal, Key.Type.ESCAPE);
        key(terminal, Key.Type.ESCAPE);
        type(terminal, "q");
        List<String> copied = new ArrayList<>();

        new TuiApp(Palette.MONOCHROME, copied::add).show(w.useCases, terminal);

        assertThat(copied).hasSize(1);
        assertThat(copied.get(0)).startsWith("Hi Ana");
    }

    @Test
    void endOfInputEndsTheSessionInsteadOfHanging() throws Exception {
        Wiring w = Seeds.withDirection();
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        key(terminal, Key.Type.EOF);

        TuiApp.run(w.useCases, terminal);

        assertThat(w.useCases.listNeeds().listNeeds()).isEmpty();
    }
}
