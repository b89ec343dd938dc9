package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.application.port.in.EditNeedUseCase;
import dev.needle.domain.Contact;
import dev.needle.domain.Need;
import dev.needle.domain.Reach;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two sessions edit the same record: the one that saves second keeps what it typed, sees the other
 * session's values beside its own for the fields both changed, picks field by field, and saves.
 */
class EditConflictTest {
    private static final Key SAVE = Key.ctrl('s');

    /** Opens Ben's edit form in {@code tui} and types a new role and an email. */
    private static Tui typeRoleAndEmail(Tui tui) {
        return tui.press('3', 'e').tab().tab().press(Key.ctrl('u')).type("Head of Research").tab()
                .type("ben@bluebird.example");
    }

    private static Contact otherSessionChangesRoleAndCompany(Wiring other, Contact ben) {
        Contact stored = other.useCases.viewContact().contact(ben.id());
        return other.useCases.editContact().editContact(stored.edit().role("VP Design").company("Bluebird Foods").build());
    }

    @Test
    void theFormComparesFieldByFieldNamesThePersonAndSavesTheChoicesOnTheStoredVersion() throws Exception {
        Wiring a = Seeds.withDirection();
        Wiring b = new Wiring(a);
        Contact ben = Seeds.contact(a, "Ben Okafor", "Bluebird", "Researcher");
        try (Tui tui = typeRoleAndEmail(Tui.on(a))) {
            otherSessionChangesRoleAndCompany(b, ben);

            tui.press(SAVE);

            String screen = tui.text();
            assertThat(screen).contains("Ben Okafor was changed in another session")
                    .contains("Head of Research").contains("VP Design");
            assertThat(tui.row(23)).doesNotContainPattern("\\(\\d+\\)").doesNotContain("Could not do that");
            assertThat(screen).as("only the field both changed is asked about").doesNotContain("ben@bluebird");

            tui.press('o').enter();

            Contact stored = a.useCases.viewContact().contact(ben.id());
            assertThat(stored.role()).as("theirs, chosen").isEqualTo("VP Design");
            assertThat(stored.company()).as("only they changed it").isEqualTo("Bluebird Foods");
            assertThat(stored.reach()).as("only I changed it")
                    .isEqualTo(new Reach(List.of("ben@bluebird.example"), List.of(), List.of()));
            assertThat(tui.row(23)).contains("Saved Ben Okafor");
            assertThat(tui.ui.current().name()).isEqualTo("Contacts");
        }
    }

    @Test
    void keepingMineIsTheDefaultAndEscGoesBackToTheFormWithWhatWasTyped() throws Exception {
        Wiring a = Seeds.withDirection();
        Wiring b = new Wiring(a);
        Contact ben = Seeds.contact(a, "Ben Okafor", "Bluebird", "Researcher");
        try (Tui tui = typeRoleAndEmail(Tui.on(a))) {
            otherSessionChangesRoleAndCompany(b, ben);
            tui.press(SAVE).esc();

            assertThat(tui.ui.current().name()).isEqualTo("Edit contact");
            assertThat(tui.text()).contains("Head of Research").contains("ben@bluebird.example");

            tui.press(SAVE).enter();

            Contact stored = a.useCases.viewContact().contact(ben.id());
            assertThat(stored.role()).isEqualTo("Head of Research");
            assertThat(stored.company()).isEqualTo("Bluebird Foods");
        }
    }

    @Test
    void aNeedEditedInBothSessionsIsComparedToo() throws Exception {
        Wiring a = Seeds.withDirection();
        Wiring b = new Wiring(a);
        Need need = Seeds.need(a, "Portfolio critique");
        try (Tui tui = Tui.on(a).press('2', 'e').press(Key.ctrl('u')).type("Portfolio review")) {
            b.useCases.editNeed().editNeed(new EditNeedUseCase.Command(need.id(), need.version(), "Portfolio teardown",
                    need.kind(), need.targets(), need.notes()));

            tui.press(SAVE);
            assertThat(tui.text()).contains("\"Portfolio critique\" was changed in another session")
                    .contains("Portfolio review").contains("Portfolio teardown");
            tui.enter();

            assertThat(a.useCases.listNeeds().listNeeds()).extracting(Need::title).containsExactly("Portfolio review");
        }
    }
}
