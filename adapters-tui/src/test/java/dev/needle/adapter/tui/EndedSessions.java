package dev.needle.adapter.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.render.Keys;
import dev.needle.domain.Draft;
import java.util.List;

/** Sessions of the real loop that end as a dropped SSH line or a closed window ends them, and what they kept. */
final class EndedSessions {
    private EndedSessions() {
    }

    /** The real loop at 80×24, fed {@code keys} (text or {@link Key}s) and then the end of input. */
    static void sessionEndsAfter(Wiring w, Object... keys) throws Exception {
        QueueTerminal terminal = new QueueTerminal(80, 24);
        for (Object key : keys) {
            if (key instanceof String text) {
                text.chars().forEach(c -> terminal.addInput(Keys.toStroke(Key.ch((char) c))));
            } else {
                terminal.addInput(Keys.toStroke((Key) key));
            }
        }
        terminal.addInput(new KeyStroke(KeyType.EOF));
        TuiApp.run(w.useCases, terminal);
    }

    static Key enter() {
        return Key.of(Key.Type.ENTER);
    }

    /** The drafts the wiring's store keeps now. */
    static List<Draft> kept(Wiring w) {
        return w.useCases.drafts().kept();
    }
}
