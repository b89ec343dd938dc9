package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.domain.Need;
import dev.needle.domain.Target;
import dev.needle.domain.TargetKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A need's targets typed as people write them: the way `needle needs` prints them reads back the same. */
class TargetsTypedTest {

    @Test
    void targetsSeparatedBySemicolonsWithSpacesAroundTheColonAreSeveralTargets() throws Exception {
        // Walked by hand: one role "Senior UX Researcher; company : Doctolib", which nobody could match.
        Wiring w = Seeds.withDirection();
        try (Tui tui = Tui.on(w).press('2').press('a')) {
            tui.type("Portfolio feedback").tab().tab().type("role: Senior UX Researcher; company : Doctolib")
                    .press(Key.ctrl('s'));
        }

        List<Need> needs = w.useCases.listNeeds().listNeeds();
        assertThat(needs.get(needs.size() - 1).targets()).containsExactly(
                new Target(TargetKind.ROLE, "Senior UX Researcher"), new Target(TargetKind.COMPANY, "Doctolib"));
    }

    @Test
    void aKindOfTargetTypedWrongIsRefusedWithTheOneMeant() throws Exception {
        Wiring w = Seeds.withDirection();
        try (Tui tui = Tui.on(w).press('2').press('a')) {
            tui.type("Intro at Acme").tab().tab().type("comapny:Acme").tab();

            assertThat(tui.text().replaceAll("\\s+", " ")).contains("\"comapny\" is not a kind of target; did you mean company:Acme?");
        }
    }

    @Test
    void aTopicThatOnlyLooksLikeAKindStaysATopic() throws Exception {
        Wiring w = Seeds.withDirection();
        try (Tui tui = Tui.on(w).press('2').press('a')) {
            tui.type("Learn the stack").tab().tab().type("code: Kotlin").press(Key.ctrl('s'));
        }

        List<Need> needs = w.useCases.listNeeds().listNeeds();
        assertThat(needs.get(needs.size() - 1).targets()).containsExactly(Target.topic("code: Kotlin"));
    }
}
