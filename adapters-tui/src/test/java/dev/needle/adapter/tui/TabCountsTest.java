package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Directory;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Navigator;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Ui;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.screen.Screens;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tab bar's counts are read from the store when something changed, not after every key. */
class TabCountsTest {
    /** The real screens, counting how often the tabs are counted. */
    private static final class CountingScreens implements Directory {
        private final Screens screens = new Screens();
        int counted;

        @Override
        public List<String> names() {
            return screens.names();
        }

        @Override
        public List<String> tabLabels(Session session) {
            counted++;
            return screens.tabLabels(session);
        }

        @Override
        public View open(int number, Session session) {
            return screens.open(number, session);
        }

        @Override
        public View palette(Session session) {
            return screens.palette(session);
        }

        @Override
        public View setup(Session session) {
            return screens.setup(session);
        }
    }

    @Test
    void movingThroughAListCountsNothingAndAChangeCountsAgain() {
        Wiring w = Seeds.withDirection();
        for (String name : List.of("Ana Ruiz", "Bo Chen", "Cy Diaz")) {
            Seeds.contact(w, name, "Acme", "");
        }
        CountingScreens screens = new CountingScreens();
        Navigator navigator = new Navigator(w.useCases, screens);
        Ui ui = navigator.handle(navigator.start(80, 24), Key.ch('3'));
        int afterOpening = screens.counted;

        for (int i = 0; i < 5; i++) {
            ui = navigator.handle(ui, Key.ch(i % 2 == 0 ? 'j' : 'k'));
        }
        assertThat(screens.counted).as("j and k read nothing for the tabs").isEqualTo(afterOpening);

        ui = navigator.handle(ui, Key.ch('t'));
        for (char c : "Coffee".toCharArray()) {
            ui = navigator.handle(ui, Key.ch(c));
        }
        navigator.handle(ui, Key.of(Key.Type.ENTER));
        assertThat(screens.counted).as("a recorded request counts again").isGreaterThan(afterOpening);
    }
}
