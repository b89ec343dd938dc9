package dev.needle.adapter.tui;

import static dev.needle.adapter.tui.EndedSessions.enter;
import static dev.needle.adapter.tui.EndedSessions.kept;
import static dev.needle.adapter.tui.EndedSessions.sessionEndsAfter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.render.Clipboard;
import dev.needle.adapter.tui.render.Keys;
import dev.needle.adapter.tui.render.Palette;
import dev.needle.domain.Contact;
import dev.needle.domain.Draft;
import dev.needle.domain.Interaction;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A session that ends while the user is typing (the line hung up, the window closed, the process
 * stopped) keeps what was typed as a draft; the next start says so, and R puts it back in the same
 * form or editor for the same person. A save or a cancel the user confirmed leaves nothing behind.
 */
class DraftsKeptTest {
    private static final Key SAVE = Key.ctrl('s');
    private static final String NOTE = "Met Rita at the café; she owes me an intro to Acme.";

    @Test
    void aNoteTypedWhenTheLineDropsIsOfferedAtTheNextStartAndReopensWhereItWas() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact rita = Seeds.contact(w, "Rita Sousa", "Acme", "");
        sessionEndsAfter(w, "3", enter(), "n", NOTE);

        assertThat(kept(w)).extracting(Draft::text).containsExactly(NOTE);
        try (Tui tui = Tui.on(w)) {
            assertThat(tui.row(23)).contains("Press R to reopen a note on Rita Sousa, kept when a session ended (today 09:30).");
            assertThat(tui.text()).contains("R reopen draft");

            tui.press('R');
            assertThat(tui.text()).contains("Notes on Rita Sousa").contains(NOTE);
            tui.type(" Call her Tuesday.").press(SAVE);
        }

        assertThat(w.useCases.viewContact().viewContact(rita.id()).contact().notes())
                .isEqualTo(NOTE + " Call her Tuesday.");
        assertThat(kept(w)).as("saved: nothing waits any more").isEmpty();
        try (Tui tui = Tui.on(w)) {
            assertThat(tui.text()).doesNotContain("Press R to reopen").doesNotContain("R reopen draft");
        }
    }

    @Test
    void aHalfFilledFormComesBackFieldByFieldAndSaves() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact rita = Seeds.contact(w, "Rita Sousa", "Acme", "");
        Key tab = Key.of(Key.Type.TAB);
        // Log interaction: date, channel, minutes, travel, gas, coffee, other money, then notes.
        sessionEndsAfter(w, "3", enter(), "l", tab, tab, Key.ctrl('u'), "45", tab, tab, tab, tab, tab, "Long talk about the pilot");

        try (Tui tui = Tui.on(w)) {
            assertThat(tui.row(23)).contains("Press R to reopen a log entry for Rita Sousa, kept when a session ended");
            tui.press('R');
            assertThat(tui.text()).contains("Log interaction").contains("Long talk about the pilot");
            assertThat(tui.row(tui.rowOf("> Notes"))).as("the cursor is back in the field it was in")
                    .contains("Long talk about the pilot");
            tui.type(", and jazz").press(SAVE);
        }

        List<Interaction> logged = w.fakes.interactions.findByContact(rita.id());
        assertThat(logged).singleElement().satisfies(i -> {
            assertThat(i.minutes()).isEqualTo(45);
            assertThat(i.notes()).isEqualTo("Long talk about the pilot, and jazz");
        });
        assertThat(kept(w)).isEmpty();
    }

    @Test
    void aCancelTheUserConfirmedKeepsNothingAndNeitherDoesASave() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Rita Sousa", "Acme", "");
        sessionEndsAfter(w, "3", enter(), "n", "second thoughts", Key.of(Key.Type.ESCAPE), "y");
        sessionEndsAfter(w, "3", enter(), "n", "kept in the notes", SAVE);

        assertThat(kept(w)).isEmpty();
    }

    @Test
    void anEscapeNotYetConfirmedIsNotACancelTheTextIsKept() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Rita Sousa", "Acme", "");
        // The question "Throw away what you typed?" was on screen when the line dropped.
        sessionEndsAfter(w, "3", enter(), "n", "half a thought", Key.of(Key.Type.ESCAPE));

        assertThat(kept(w)).extracting(Draft::text).containsExactly("half a thought");
    }

    @Test
    void aReopenedDraftIsThrownAwayOnlyAfterAskingAndOnlyOnYes() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Rita Sousa", "Acme", "");
        sessionEndsAfter(w, "3", enter(), "n", NOTE);

        try (Tui tui = Tui.on(w)) {
            tui.press('R').esc();
            assertThat(tui.text()).contains("Throw away what you typed? y/N");
            tui.press('n');
            assertThat(kept(w)).as("No keeps it").hasSize(1);
            tui.esc().press('y');
        }

        assertThat(kept(w)).isEmpty();
    }

    @Test
    void aDraftOnAPersonDeletedMeanwhileIsShownToCopyAndIsDiscardedOnlyOnPurpose() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact rita = Seeds.contact(w, "Rita Sousa", "Acme", "");
        sessionEndsAfter(w, "3", enter(), "n", NOTE);
        w.useCases.week().deleteContact().delete(rita.id());

        try (Tui tui = Tui.on(w)) {
            tui.press('R');
            assertThat(tui.text()).contains("Rita Sousa was deleted since; here is what you typed, to copy.").contains(NOTE);
            tui.press('c');
            assertThat(tui.copied).containsExactly(NOTE);
            assertThat(tui.row(23)).as("the one on screen is not counted as more").doesNotContain("more kept");
            tui.esc();
            assertThat(kept(w)).as("leaving the page keeps it").hasSize(1);
            tui.press('R', 'd');
            assertThat(tui.text()).contains("Throw this draft away for good? y/N");
            tui.press('y');
            assertThat(tui.row(23)).contains("Draft thrown away.");
        }

        assertThat(kept(w)).isEmpty();
    }

    @Test
    void twoSessionsEndingWhileTypingKeepTwoDrafts() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Rita Sousa", "Acme", "");
        sessionEndsAfter(w, "3", enter(), "n", "from the laptop");
        w.fakes.clock.setNow(w.fakes.clock.now().plusMinutes(5));
        sessionEndsAfter(w, "3", enter(), "t", "from the phone");

        assertThat(kept(w)).hasSize(2);
        try (Tui tui = Tui.on(w)) {
            assertThat(tui.row(23)).contains("Press R to reopen a meeting request from Rita Sousa, kept when a session ended");
            assertThat(tui.navigator.drafts().waiting()).hasSize(2);
            tui.press('R');
            assertThat(tui.row(23)).contains("A meeting request from Rita Sousa reopened; Ctrl-S saves it. 1 more kept.");
            tui.press(SAVE);
            assertThat(w.useCases.listPendingRequests().pendingRequests()).singleElement()
                    .satisfies(r -> assertThat(r.ask()).isEqualTo("from the phone"));
            tui.press('R');
            assertThat(tui.text()).contains("from the laptop");
        }
    }

    @Test
    void aTeammateNeverSeesAnothersDraft() throws Exception {
        Wiring ana = Seeds.withDirection();
        Seeds.contact(ana, "Rita Sousa", "Acme", "");
        sessionEndsAfter(ana, "3", enter(), "n", "only mine");
        Wiring bob = new Wiring(ana, "Bob");

        assertThat(kept(bob)).isEmpty();
        try (Tui tui = Tui.on(bob)) {
            assertThat(tui.text()).doesNotContain("Press R to reopen").doesNotContain("R reopen draft");
            tui.press('R');
            assertThat(tui.text()).doesNotContain("only mine");
        }
        assertThat(kept(ana)).extracting(Draft::text).containsExactly("only mine");
    }

    /** A session on a thread of its own, with {@link #NOTE} typed into Rita's notes and drawn; the test ends it. */
    private record Typing(TuiApp app, Thread session, AtomicReference<Throwable> failed) {
        static Typing noteInARunningSession(Wiring w) throws Exception {
            Seeds.contact(w, "Rita Sousa", "Acme", "");
            QueueTerminal terminal = new QueueTerminal(80, 24);
            for (char c : ("3\rn" + NOTE).toCharArray()) {
                terminal.addInput(Keys.toStroke(c == '\r' ? enter() : Key.ch(c)));
            }
            CountDownLatch typed = new CountDownLatch(1);
            TuiApp app = new TuiApp(Palette.MONOCHROME, Clipboard.NONE).onDrawn(ui -> {
                if (ui.current().unsaved().map(d -> d.text().equals(NOTE)).orElse(false)) {
                    typed.countDown();
                }
            });
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread session = new Thread(() -> {
                try {
                    app.showWithoutSignalHook(w.useCases, terminal);
                } catch (Throwable e) {
                    failed.set(e);
                }
            });
            session.start();
            assertThat(typed.await(30, TimeUnit.SECONDS)).isTrue();
            return new Typing(app, session, failed);
        }
    }

    @Test
    void theShutdownHookKeepsWhatIsTypedWhileTheSessionStillRuns() throws Exception {
        // SIGTERM or SIGHUP: the JVM runs its shutdown hooks while the drawing thread still waits for a key.
        Wiring w = Seeds.withDirection();
        Typing typing = Typing.noteInARunningSession(w);

        typing.app().keepDraft();

        assertThat(kept(w)).extracting(Draft::text).containsExactly(NOTE);
        typing.app().requestQuit();
        typing.session().join(30_000);
        assertThat(typing.failed().get()).isNull();
    }

    @Test
    void aSessionEndedFromOutsideKeepsWhatIsTyped() throws Exception {
        // needle serve's idle end and its stop both end a session this way, from another thread.
        Wiring w = Seeds.withDirection();
        Typing typing = Typing.noteInARunningSession(w);

        typing.app().requestQuit();
        typing.session().join(30_000);

        assertThat(typing.session().isAlive()).isFalse();
        assertThat(typing.failed().get()).isNull();
        assertThat(kept(w)).extracting(Draft::text).containsExactly(NOTE);
    }

    @Test
    void notesTypedInTheEditorAFormOpenedComeBackInThatForm() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact rita = Seeds.contact(w, "Rita Sousa", "Acme", "");
        Key tab = Key.of(Key.Type.TAB);
        sessionEndsAfter(w, "3", enter(), "l", tab, tab, tab, tab, tab, tab, tab, Key.ctrl('e'), "Long lunch", enter(),
                "second line");

        assertThat(kept(w)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("log-interaction");
            assertThat(d.value("notes")).isEqualTo("Long lunch\nsecond line");
        });
        try (Tui tui = Tui.on(w)) {
            tui.press('R');
            assertThat(tui.text()).contains("Log interaction");
            tui.press(SAVE);
        }
        assertThat(w.fakes.interactions.findByContact(rita.id())).singleElement()
                .satisfies(i -> assertThat(i.notes()).isEqualTo("Long lunch\nsecond line"));
        assertThat(kept(w)).isEmpty();
    }

    @Test
    void aPrivateNoteComesBackPrivateAndAnEditOfTheContactComesBackInTheEditForm() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact rita = Seeds.contact(w, "Rita Sousa", "Acme", "");
        sessionEndsAfter(w, "3", enter(), "p", "owes me a favour");

        try (Tui tui = Tui.on(w)) {
            assertThat(tui.row(23)).contains("Press R to reopen a private note on Rita Sousa");
            tui.press('R');
            assertThat(tui.text()).contains("Private note on Rita Sousa (only you see it)").contains("owes me a favour");
            tui.press(SAVE);
        }
        assertThat(w.useCases.privateNotes().mine(rita.id())).isEqualTo("owes me a favour");

        Key tab = Key.of(Key.Type.TAB);
        sessionEndsAfter(w, "3", enter(), "e", tab, tab, "Design lead");
        try (Tui tui = Tui.on(w)) {
            assertThat(tui.row(23)).contains("Press R to reopen an edit of Rita Sousa");
            tui.press('R');
            assertThat(tui.row(tui.rowOf("> Role"))).contains("Design lead");
            tui.press(SAVE);
        }
        assertThat(w.useCases.viewContact().viewContact(rita.id()).contact().role()).isEqualTo("Design lead");
        assertThat(kept(w)).isEmpty();
    }

    @Test
    void aNewcomerWithNothingKeptSeesNoWordOfDrafts() throws Exception {
        Wiring w = Seeds.withDirection();
        try (Tui tui = Tui.on(w)) {
            assertThat(tui.text()).doesNotContain("reopen");
        }
    }
}
