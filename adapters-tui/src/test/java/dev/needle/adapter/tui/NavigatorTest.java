package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Navigator;
import dev.needle.adapter.tui.core.Screen;
import dev.needle.adapter.tui.core.Ui;
import dev.needle.adapter.tui.screen.Screens;
import dev.needle.application.StorageFailedException;
import dev.needle.application.service.fake.FakeStoreWrapper;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The global key map on a real navigator over the real services: the state after each key, no terminal. */
class NavigatorTest {
    @Test
    void anEmptyDatabaseStartsInTheSetupAndSaysWelcome() {
        Ui first = new Navigator(new Wiring().useCases, new Screens()).start(80, 24);

        assertThat(first.message()).startsWith("Welcome to Needle.");
        assertThat(first.current().name()).isNotEqualTo(Screen.TODAY.title());
    }

    @Test
    void withADirectionItStartsOnTodayAndDigitsJumpBetweenScreens() {
        Navigator navigator = new Navigator(Seeds.withDirection().useCases, new Screens());
        Ui today = navigator.start(80, 24);

        Ui contacts = navigator.handle(today, Key.ch('3'));

        assertThat(today.current().name()).isEqualTo(Screen.TODAY.title());
        assertThat(contacts.current().name()).isEqualTo(Screen.CONTACTS.title());
        assertThat(navigator.handle(contacts, Key.ch('1')).current().name()).isEqualTo(Screen.TODAY.title());
    }

    @Test
    void aKeyWhoseStorageFailsLeavesTheScreenAsItWasAndSaysSo() {
        Wiring failing = Seeds.withDirection(new Wiring(store -> new FakeStoreWrapper(store) {
            @Override
            public List<Contact> findAfter(Optional<ContactId> after, int limit) {
                throw new StorageFailedException("the database is away");
            }
        }));
        Navigator navigator = new Navigator(failing.useCases, new Screens());
        Ui today = navigator.start(80, 24);

        Ui after = navigator.handle(today, Key.ch('3'));

        assertThat(after.current().name()).isEqualTo(Screen.TODAY.title());
        assertThat(after.message()).isEqualTo("The database is away: nothing changed, what you typed is kept.");
    }
}
