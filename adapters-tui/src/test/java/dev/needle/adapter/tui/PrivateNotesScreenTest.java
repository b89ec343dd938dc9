package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.edit.TextEditor;
import dev.needle.domain.Contact;
import dev.needle.domain.triage.MessageTemplates;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two partners on one database: the contact page shows each their own private note and never the other's. */
class PrivateNotesScreenTest {
    private static final String SECRET = "Owes me a favour; ask about the kiln.";

    @TempDir
    Path folder;

    private Tui tui(Wiring w, TextEditor editor) {
        return new Tui(w, 80, 24, MessageTemplates.defaults(), editor, folder);
    }

    @Test
    void theAuthorWritesAPrivateNoteWithPAndSeesItOnThePageUndoTakesItBack() throws Exception {
        Wiring alice = Seeds.withDirection();
        Contact ana = Seeds.contact(alice, "Ana Ruiz", "Acme", "");
        try (Tui wide = new Tui(alice, 140, 24, MessageTemplates.defaults(), TextEditor.NONE, folder).press('3').enter()) {
            assertThat(wide.row(22)).as("the hint bar lists the key when it has room").contains("p private note");
        }
        try (Tui tui = tui(alice, text -> Optional.of(SECRET)).press('3').enter()) {
            assertThat(tui.text()).doesNotContain("Private note (only you see it)");

            tui.press('p');

            assertThat(alice.useCases.privateNotes().mine(ana.id())).isEqualTo(SECRET);
            assertThat(tui.text()).contains("Private note (only you see it):").contains(SECRET);
            assertThat(tui.row(23)).contains("Private note saved");
            assertThat(alice.useCases.viewContact().viewContact(ana.id()).contact().notes())
                    .as("the shared notes stay empty").isEmpty();

            tui.press('u');
            assertThat(alice.useCases.privateNotes().mine(ana.id())).isEmpty();
            assertThat(tui.text()).doesNotContain(SECRET);

            tui.press('?');
            assertThat(tui.text()).as("and in the help").contains("private note");
        }
    }

    @Test
    void thePrivateNoteIsWrittenInTheBuiltInEditorWhenThereIsNoOther() throws Exception {
        Wiring alice = Seeds.withDirection();
        Contact ana = Seeds.contact(alice, "Ana Ruiz", "Acme", "");
        try (Tui tui = tui(alice, TextEditor.NONE).press('3').enter().press('p')) {
            assertThat(tui.text()).contains("Private note on Ana Ruiz (only you see it)");
            tui.type("first line").enter().type("second line").press(Key.ctrl('s'));

            assertThat(alice.useCases.privateNotes().mine(ana.id())).isEqualTo("first line\nsecond line");
            assertThat(tui.ui.current().name()).isEqualTo("Contact");
        }
    }

    @Test
    void aPartnersSessionNeverShowsAnothersPrivateNoteOnThePageInSearchOrToday() throws Exception {
        Wiring alice = Seeds.withDirection();
        Contact ana = Seeds.contact(alice, "Ana Ruiz", "Acme", "");
        alice.useCases.privateNotes().write(ana.id(), SECRET);
        Wiring bob = new Wiring(alice, "Bob");

        try (Tui tui = tui(bob, text -> Optional.of("his own")).press('3').enter()) {
            assertThat(tui.text()).contains("Ana Ruiz").doesNotContain(SECRET).doesNotContain("Private note (only");

            tui.press('p');
            assertThat(tui.text()).contains("Private note (only you see it):").contains("his own").doesNotContain(SECRET);
        }
        try (Tui tui = tui(bob, TextEditor.NONE).press('3').press('/')) {
            tui.type("kiln");
            assertThat(tui.text()).as("private notes are not searched").contains("0 found").doesNotContain("Ana Ruiz");
        }
        try (Tui tui = tui(bob, TextEditor.NONE).press('1')) {
            assertThat(tui.text()).doesNotContain(SECRET);
        }
        try (Tui tui = tui(alice, TextEditor.NONE).press('3').enter()) {
            assertThat(tui.text()).contains(SECRET).doesNotContain("his own");
        }
    }
}
