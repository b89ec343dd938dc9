package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.domain.NeedStatus;
import dev.needle.domain.Target;
import org.junit.jupiter.api.Test;

class ScreensTest {

    @Test
    void everyScreenRendersWithItsTabHighlightedAndItsHints() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "informational interview in market research", Target.role("market research"));
        Seeds.contact(w, "Ana Ruiz", "Acme", "Market Research Lead");
        try (Tui tui = Tui.on(w)) {
            String[] expected = {"Requests waiting for triage", "Need", "Name", "No events yet", "Nothing due this week",
                    "No budget set"};
            for (int screen = 1; screen <= 6; screen++) {
                tui.press((char) ('0' + screen));
                assertThat(tui.text()).as("screen %d", screen).contains(expected[screen - 1]);
                assertThat(tui.row(0)).contains("Land a UX research role in fintech");
                assertThat(tui.row(23)).as("hint bar on screen %d", screen).isBlank();
                assertThat(tui.row(22)).contains("? help").contains("q quit");
            }
        }
    }

    @Test
    void jAndKMoveTheReversedSelectionAndGJumpsToTheEnds() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        Seeds.contact(w, "Ben Okafor", "Globex", "");
        Seeds.contact(w, "Cleo Park", "Initech", "");
        try (Tui tui = Tui.on(w).press('3')) {
            assertThat(tui.isReversed(tui.rowOf("Ana Ruiz"))).isTrue();
            tui.press('j');
            assertThat(tui.isReversed(tui.rowOf("Ana Ruiz"))).isFalse();
            assertThat(tui.isReversed(tui.rowOf("Ben Okafor"))).isTrue();
            tui.press(Key.of(Key.Type.DOWN), Key.of(Key.Type.DOWN));
            assertThat(tui.isReversed(tui.rowOf("Cleo Park"))).isTrue();
            tui.press('k');
            assertThat(tui.isReversed(tui.rowOf("Ben Okafor"))).isTrue();
            tui.press('g');
            assertThat(tui.isReversed(tui.rowOf("Ana Ruiz"))).isTrue();
            tui.press('G');
            assertThat(tui.isReversed(tui.rowOf("Cleo Park"))).isTrue();
        }
    }

    @Test
    void slashFiltersAsYouTypeAndEscClearsTheFilter() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "Market Research Lead");
        Seeds.contact(w, "Ben Okafor", "Globex", "Engineer");
        try (Tui tui = Tui.on(w).press('3').press('/')) {
            tui.type("glob");
            assertThat(tui.text()).contains("Ben Okafor").doesNotContain("Ana Ruiz").contains("/glob");
            tui.press(Key.of(Key.Type.BACKSPACE), Key.of(Key.Type.BACKSPACE), Key.of(Key.Type.BACKSPACE),
                    Key.of(Key.Type.BACKSPACE));
            tui.type("research");
            assertThat(tui.text()).contains("Ana Ruiz").doesNotContain("Ben Okafor");
            tui.esc();
            assertThat(tui.text()).contains("Ana Ruiz").contains("Ben Okafor");
            assertThat(tui.ui.quit()).isFalse();
        }
    }

    @Test
    void questionMarkShowsEveryKeyOfTheCurrentScreenAndAnyKeyClosesIt() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').press('?')) {
            assertThat(tui.text()).contains("Keys on Contacts").contains("capture").contains("filter")
                    .contains("new meeting request").contains("jump to screen").contains("redraw");
            tui.press('x');
            assertThat(tui.text()).doesNotContain("Keys on Contacts");
        }
    }

    @Test
    void dropAsksYesOrNoAndOnlyYesDrops() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "feedback on my portfolio");
        try (Tui tui = Tui.on(w).press('2')) {
            tui.press('d');
            assertThat(tui.text()).contains("Drop need \"feedback on my portfolio\"? It stays on record. y/N");
            tui.press('N');
            assertThat(tui.text()).doesNotContain("y/N");
            tui.press('d').esc();
            tui.press('d').enter();
            assertThat(w.useCases.listNeeds().listNeeds().get(0).status()).isEqualTo(NeedStatus.OPEN);
            tui.press('d', 'y');
            assertThat(w.useCases.listNeeds().listNeeds().get(0).status()).isEqualTo(NeedStatus.DROPPED);
            assertThat(tui.text()).contains("dropped");
        }
    }

    @Test
    void qQuitsFromTheTopAndGoesBackFromDeeperScreens() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').enter()) {
            assertThat(tui.text()).contains("Meeting requests");
            tui.press('q');
            assertThat(tui.ui.quit()).isFalse();
            assertThat(tui.text()).contains("Ana Ruiz").doesNotContain("Meeting requests");
            tui.press('q');
            assertThat(tui.ui.quit()).isTrue();
        }
    }

    /** Issue 17: the kinds of each phone and email an address book gave, and its categories, show on the contact. */
    @Test
    void theContactScreenShowsPhoneAndEmailKindsAndCategories() throws Exception {
        Wiring w = Seeds.withDirection();
        dev.needle.domain.Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        w.contacts.save(ana.edit().reach(new dev.needle.domain.Reach(java.util.List.of("ana@acme.example"),
                        java.util.List.of("905-888-1234"), java.util.List.of()))
                .reachLabels(new dev.needle.domain.ReachLabels(java.util.Map.of(
                        "905-888-1234", new dev.needle.domain.ReachLabel(java.util.List.of("home", "fax"), 0),
                        "ana@acme.example", new dev.needle.domain.ReachLabel(java.util.List.of("work"), 1))))
                .categories(java.util.List.of("My Contacts")).build());
        try (Tui tui = Tui.on(w).press('3').enter()) {
            assertThat(tui.text()).contains("ana@acme.example (work, preferred)").contains("905-888-1234 (home, fax)")
                    .contains("Categories: My Contacts");
        }
    }

    @Test
    void capitalJMovesANeedDownTheListAndKBackUp() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "intro to Acme");
        Seeds.need(w, "portfolio feedback");
        try (Tui tui = Tui.on(w).press('2')) {
            tui.press('J');
            assertThat(w.useCases.listNeeds().listNeeds()).extracting(n -> n.title())
                    .containsExactly("portfolio feedback", "intro to Acme");
            assertThat(tui.isReversed(tui.rowOf("intro to Acme"))).isTrue();
            tui.press('K');
            assertThat(w.useCases.listNeeds().listNeeds().get(0).title()).isEqualTo("intro to Acme");
        }
    }

    @Test
    void needDetailShowsWhoCanHelpWithTheReasons() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "informational interview in market research", Target.role("market research"));
        Seeds.contact(w, "Ana Ruiz", "Acme", "Market Research Lead");
        try (Tui tui = Tui.on(w).press('2').enter()) {
            assertThat(tui.text()).contains("Who can help").contains("Ana Ruiz");
            String reasons = w.useCases.findHelpers().helpersFor(w.useCases.listNeeds().listNeeds().get(0).id())
                    .get(0).reasons().get(0);
            assertThat(tui.text()).contains(reasons.substring(0, Math.min(30, reasons.length())));
        }
    }

    @Test
    void markMetPicksTheContactWhoMetTheNeed() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "intro to Acme");
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('2').press('m')) {
            assertThat(tui.text()).contains("Who met \"intro to Acme\"?");
            tui.enter();
            assertThat(w.useCases.listNeeds().listNeeds().get(0).status()).isEqualTo(NeedStatus.MET);
            assertThat(tui.row(23)).contains("met thanks to Ana Ruiz");
        }
    }

    @Test
    void tabAndNumbersMoveBetweenScreens() throws Exception {
        try (Tui tui = Tui.on(Seeds.withDirection())) {
            assertThat(tui.ui.current().name()).isEqualTo("Today");
            tui.tab();
            assertThat(tui.ui.current().name()).isEqualTo("Needs");
            tui.press('5');
            assertThat(tui.ui.current().name()).isEqualTo("Follow-ups");
            tui.tab();
            assertThat(tui.ui.current().name()).isEqualTo("Budget");
            tui.tab();
            assertThat(tui.ui.current().name()).isEqualTo("Today");
        }
    }

    @Test
    void ctrlLAsksForAFullRepaintAndChangesNothingElse() throws Exception {
        try (Tui tui = Tui.on(Seeds.withDirection())) {
            var before = tui.ui;
            var after = tui.navigator.handle(before, Key.ctrl('l'));
            assertThat(after.effects()).containsExactly(new dev.needle.adapter.tui.core.Effect.Repaint());
            assertThat(after.stack()).isEqualTo(before.stack());
        }
    }

    @Test
    void aFailingUseCaseEndsUpOnTheMessageLineNotAsACrash() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').press('t').enter()) {
            // Declined meanwhile (another session): the screen still offers h, and the service refuses.
            var request = w.useCases.listPendingRequests().pendingRequests().get(0);
            w.useCases.declineMeeting().decline(request.id(), "No, thanks.");
            tui.press('h');
            assertThat(tui.row(23)).startsWith("Could not do that: This request is already declined kindly.");
            assertThat(tui.ui.current().name()).isEqualTo("Triage");
        }
    }

    @Test
    void ctrlCQuitsEvenFromAFormAndSuspendKeysDoNothing() throws Exception {
        try (Tui tui = Tui.on(Seeds.withDirection()).press('2').press('a').type("half typed")) {
            tui.press(Key.ctrl('z'), Key.ctrl('\\'));
            assertThat(tui.ui.quit()).isFalse();
            assertThat(tui.text()).contains("half typed");
            tui.press(Key.ctrl('c'));
            assertThat(tui.ui.quit()).isTrue();
        }
    }

    @Test
    void oCyclesTheContactOrderAndTheFilterKeepsIt() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Zeta Corp", "");
        Seeds.contact(w, "Ben Okafor", "Acme", "");
        try (Tui tui = Tui.on(w).press('3')) {
            assertThat(tui.rowOf("Ana Ruiz")).isLessThan(tui.rowOf("Ben Okafor"));
            tui.press('o');
            assertThat(tui.row(23)).contains("Sorted by company");
            assertThat(tui.rowOf("Ben Okafor")).isLessThan(tui.rowOf("Ana Ruiz"));
            tui.press('/').type("o");
            assertThat(tui.rowOf("Ben Okafor")).isLessThan(tui.rowOf("Ana Ruiz"));
        }
    }

    @Test
    void theCommandPaletteCompletesWithTabAndRunsWithEnter() throws Exception {
        try (Tui tui = Tui.on(Seeds.withDirection())) {
            tui.press(':').type("con");
            assertThat(tui.text()).contains(":con").contains("contacts").doesNotContain("budget ");
            tui.tab();
            assertThat(tui.text()).contains(":contacts");
            tui.enter();
            assertThat(tui.ui.current().name()).isEqualTo("Contacts");
            assertThat(tui.ui.atTop()).isTrue();

            tui.press(':').type("capt").enter();
            assertThat(tui.ui.current().name()).isEqualTo("Capture");
            tui.esc();
            assertThat(tui.ui.current().name()).isEqualTo("Contacts");

            tui.press(':').type("zzz").enter();
            assertThat(tui.row(23)).contains("No command matches");
            tui.esc();
            tui.press(':').type("quit").enter();
            assertThat(tui.ui.quit()).isTrue();
        }
    }

    @Test
    void f1ShowsHelpWhileTypingWhereQuestionMarkIsJustText() throws Exception {
        try (Tui tui = Tui.on(Seeds.withDirection()).press('2').press('a').type("why?")) {
            assertThat(tui.text()).contains("why?").doesNotContain("Keys on");
            tui.press(Key.of(Key.Type.F1));
            assertThat(tui.text()).contains("Keys on Add need").contains("next field").contains("Esc").contains("cancel");
            tui.press('x');
            assertThat(tui.text()).doesNotContain("Keys on").contains("why?");
        }
    }

    @Test
    void theHelpListsEveryKeyEvenOnTheSmallestWindow() throws Exception {
        for (int[] size : new int[][] {{80, 24}, {60, 16}}) {
            try (Tui tui = new Tui(Seeds.withDirection(), size[0], size[1]).press('3').press('?')) {
                String help = tui.text();
                var keys = ((dev.needle.adapter.tui.core.Overlay.Help) tui.ui.overlay().orElseThrow()).keys();
                assertThat(keys).extracting(k -> k.key()).contains("/", "a", "u", ":", "Ctrl-C");
                for (var hint : keys) {
                    assertThat(help).as("%s at %dx%d", hint, size[0], size[1]).contains(hint.key())
                            .contains(hint.action().substring(0, Math.min(8, hint.action().length())));
                }
                assertThat(help).contains("Any key closes this help.");
            }
        }
    }

    @Test
    void columnsTakeTheRoomTheirContentNeedsWhileTheWindowHasIt() throws Exception {
        Wiring w = Seeds.withDirection();
        var ana = Seeds.contact(w, "Ana Ruiz", "Bluebird Foods", "Head of research operations");
        w.useCases.editContact().editContact(ana.moveTo(dev.needle.domain.Stage.MEETING_PROPOSED));
        w.useCases.addNeed().addNeed(new dev.needle.application.port.in.AddNeedUseCase.Command("intro to Bluebird",
                dev.needle.domain.NeedKind.INTRODUCTION, java.util.List.of(Target.company("Bluebird Foods")), ""));
        for (int columns : new int[] {100, 120}) {
            try (Tui tui = new Tui(w, columns, 30).press('3')) {
                assertThat(tui.row(tui.rowOf("Ana Ruiz"))).contains("meeting proposed").contains("Head of research operations")
                        .doesNotContain("…");
                tui.press('2');
                assertThat(tui.row(tui.rowOf("intro to Bluebird"))).contains("introduction to a target company")
                        .contains("open").doesNotContain("…");
            }
        }
        try (Tui tui = new Tui(w, 80, 24).press('3')) {
            String row = tui.row(tui.rowOf("Ana Ruiz"));
            assertThat(row).contains("meeting proposed").contains("Bluebird Foods");
        }
    }

    @Test
    void todayShowsANeedsWholeTitleWhileTheRowHasRoom() throws Exception {
        Wiring w = Seeds.withDirection();
        String title = "Informational interview with a fintech research lead";
        w.useCases.addNeed().addNeed(new dev.needle.application.port.in.AddNeedUseCase.Command(title,
                dev.needle.domain.NeedKind.INFORMATIONAL_INTERVIEW, java.util.List.of(Target.company("Bluebird Foods")), ""));
        try (Tui tui = new Tui(w, 80, 24)) {
            assertThat(tui.row(tui.rowOf("Informational interview"))).contains(title).contains("open").doesNotContain("…");
        }
    }
}
