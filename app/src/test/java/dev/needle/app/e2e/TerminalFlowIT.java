package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.app.e2e.NeedleUser.Person;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar in a real terminal (tmux) with a fresh HOME and {@code LANG=C}: first-run setup,
 * needs, fast capture, triage to three different verdicts, a kind decline, resizing, quitting, and
 * everything still there on the next start.
 */
class TerminalFlowIT {
    private static final Person INSIDER = new Person("Ada Insider", "XYZ Corp", "Engineer");
    private static final Person LEARNER = new Person("Lin Learner", "", "");
    private static final Person STRANGER = new Person("Sam Stranger", "Nowhere Ltd", "");

    @TempDir
    Path work;
    private Path home;
    private String needle;

    @BeforeEach
    void findTools() throws Exception {
        Tools.require("tmux", "/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux");
        needle = Shell.quote(Path.of(System.getProperty("java.home"), "bin", "java").toString()) + " -jar "
                + Shell.quote(Tools.needleJar().toString());
        home = Files.createDirectory(work.resolve("home"));
    }

    @Test
    void aWholeSessionIsKeptAndTheTerminalIsGivenBack() throws Exception {
        try (Tmux tmux = start()) {
            NeedleUser user = new NeedleUser(tmux);
            user.setUp("Find a backend role at XYZ Corp", "java mentoring", "Talk to an engineer at XYZ Corp",
                    "company:XYZ Corp");
            user.addNeed("Learn the Kubernetes basics", "kubernetes");
            assertThat(tmux.waitForText("Learn the Kubernetes basics")).contains("Talk to an engineer at XYZ Corp");

            user.capture(INSIDER, LEARNER, STRANGER);
            assertThat(tmux.waitForText(STRANGER.name())).contains(INSIDER.name(), LEARNER.name());
            user.setLookingFor(LEARNER.name(), "java mentoring");

            assertThat(user.triage(INSIDER.name(), "Coffee about backend roles"))
                    .contains("MEET IN PERSON", "matches need 1");
            assertThat(user.triage(LEARNER.name(), "Advice on learning Java"))
                    .contains("HELP THEM (PAY IT FORWARD)", "they look for java mentoring, you offer it");
            assertThat(user.triage(STRANGER.name(), "Coffee to chat"))
                    .contains("DECLINE KINDLY", "no shared need");
            user.declineKindly();

            user.goTo('3', "Stage");
            assertThat(row(tmux.waitForText(STRANGER.name()), STRANGER.name())).contains("closed kindly");

            user.quit();
            assertThat(tmux.screen()).contains("[exit 0]");
            assertThat(tmux.terminalState()).isEqualTo(new Tmux.TerminalState(false, true));
        }

        try (Tmux tmux = start()) {
            NeedleUser user = new NeedleUser(tmux);
            String needs = tmux.waitForText("Learn the Kubernetes basics");
            assertThat(needs).contains("Talk to an engineer at XYZ Corp").doesNotContain("Setup 1/3");
            user.goTo('3', "Stage");
            String contacts = tmux.waitForText(STRANGER.name());
            assertThat(contacts).contains(INSIDER.name(), LEARNER.name());
            assertThat(row(contacts, STRANGER.name())).contains("closed kindly");
            assertThat(row(contacts, INSIDER.name())).contains("XYZ Corp", "Engineer");
            user.quit();
            assertThat(tmux.screen()).contains("[exit 0]");
        }
    }

    @Test
    void theLayoutFollowsTheWindowAndAsksForMoreRoomBelowTheMinimum() throws Exception {
        try (Tmux tmux = start()) {
            NeedleUser user = new NeedleUser(tmux);
            user.setUp("Find a backend role at XYZ Corp", "", "Talk to an engineer at XYZ Corp", "company:XYZ Corp");
            user.capture(INSIDER);
            assertThat(tmux.waitForText(INSIDER.name())).contains("6 Budget");

            tmux.resize(60, 16);
            // tmux blanks the pane on resize, so wait for the whole redrawn screen, not just a change.
            String small = tmux.waitFor("the 60x16 layout", screen -> !screen.contains("6 Budget")
                    && screen.contains(INSIDER.name()) && screen.contains("q quit"));
            List<String> lines = small.lines().toList();
            assertThat(lines).hasSize(16).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
            assertThat(small).contains(INSIDER.name(), "Stage");
            assertThat(lines.get(14)).as("the hint bar moves up with the bottom edge").contains("q quit");

            tmux.resize(59, 16);
            assertThat(tmux.waitForText("Make the window bigger")).contains("59x16").doesNotContain(INSIDER.name());
            tmux.resize(60, 15);
            tmux.waitForText("60x15");

            tmux.resize(80, 24);
            String back = tmux.waitFor("the 80x24 layout", screen -> screen.contains("6 Budget")
                    && screen.contains(INSIDER.name()) && screen.contains("q quit"));
            assertThat(back).contains(INSIDER.name()).doesNotContain("Make the window bigger");
            assertThat(back.lines().toList().get(22)).contains("q quit");

            user.quit();
            assertThat(tmux.screen()).contains("[exit 0]");
        }
    }

    @Test
    void sigtermStillGivesTheTerminalBack() throws Exception {
        try (Tmux tmux = start()) {
            tmux.waitForText("Setup 1/3");
            assertThat(tmux.terminalState().alternateScreen()).as("the UI owns the alternate screen").isTrue();
            ProcessHandle java = tmux.paneShell().children().findFirst().orElseThrow();
            java.destroy();
            assertThat(tmux.waitForText("[exit ")).contains("[exit 143]");
            assertThat(tmux.terminalState()).isEqualTo(new Tmux.TerminalState(false, true));
        }
    }

    private Tmux start() throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", home.toString());
        env.put("TERM", "xterm-256color");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "C");
        return Tmux.start(work, env, 80, 24, needle);
    }

    private static String row(String screen, String name) {
        return Arrays.stream(screen.split("\n")).filter(line -> line.contains(name)).findFirst().orElse("");
    }
}
