package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.StorageFailedException;
import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.Contact;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/**
 * The database fails under an open session as it does when the disk fills (H2 closes itself and every
 * call fails until it is reopened): the user reads what happened in plain words, the form keeps what
 * was typed, and the same key works once the machine does, without a restart.
 */
class MachineFailureTest {
    private static final String FULL = "the disk holding /data/needle is full";

    /** A contact store that fails every call, as the database adapter reports it, while the disk is full. */
    private static final class Machine {
        volatile boolean diskFull;

        ContactStore around(ContactStore store) {
            return (ContactStore) Proxy.newProxyInstance(ContactStore.class.getClassLoader(),
                    new Class<?>[] {ContactStore.class}, (proxy, method, args) -> {
                        if (diskFull) {
                            throw new StorageFailedException(FULL);
                        }
                        try {
                            return method.invoke(store, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    @Test
    void aSaveOnAFullDiskSaysSoKeepsTheFormFilledAndSucceedsOnTheNextTryOnceThereIsRoom() throws Exception {
        Machine machine = new Machine();
        Wiring w = Seeds.withDirection(new Wiring(machine::around));
        try (Tui tui = Tui.on(w).press('3').press('a')) {
            tui.type("Ana Ruiz").tab().type("Acme");
            machine.diskFull = true;

            tui.enter();

            assertThat(tui.row(23).strip()).isEqualTo("The disk holding /data/needle is full: nothing changed, what you "
                    + "typed is kept.");
            assertThat(tui.ui.current().name()).isEqualTo("Capture");
            assertThat(tui.text()).contains("Ana Ruiz").contains("Acme");

            machine.diskFull = false;
            tui.enter();

            assertThat(tui.row(23)).contains("Saved Ana Ruiz");
            assertThat(w.useCases.searchContacts().search("acme", 10)).extracting(Contact::name)
                    .containsExactly("Ana Ruiz");
        }
    }

    @Test
    void aScreenThatCannotReadItsDataSaysWhyAndShowsOnceTheDatabaseIsBack() throws Exception {
        Machine machine = new Machine();
        Wiring w = Seeds.withDirection(new Wiring(machine::around));
        Seeds.contact(w, "Ben Okafor", "Globex", "");
        try (Tui tui = Tui.on(w)) {
            machine.diskFull = true;

            tui.press('3');

            assertThat(tui.row(23)).startsWith("The disk holding /data/needle is full");
            assertThat(tui.ui.quit()).isFalse();

            machine.diskFull = false;
            tui.press('3');

            assertThat(tui.ui.current().name()).isEqualTo("Contacts");
            assertThat(tui.text()).contains("Ben Okafor");
            assertThat(tui.row(23)).isBlank();
        }
    }
}
