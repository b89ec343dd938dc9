package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full screen sets its terminal up while the database opens (the folder's own plain database): on
 * a real terminal (tmux) a team's database still asks who is here on the plain terminal, typed answer
 * echoed, before the screen; and a database that cannot open is told readably on a terminal given back
 * as it was found.
 */
class TerminalFirstIT {
    @TempDir
    Path work;
    private Path home;
    private String java;
    private String jar;

    @BeforeEach
    void findTools() throws Exception {
        Tools.require("tmux", "/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux");
        java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        jar = Tools.needleJar().toString();
        home = Files.createDirectory(work.resolve("home"));
    }

    private Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", home.toString());
        env.put("TERM", "xterm-256color");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "C");
        return env;
    }

    private void needle(Path data, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", jar, "--data-dir", data.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().clear();
        builder.environment().putAll(env());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
    }

    private Tmux fullScreen(Path data) throws Exception {
        return Tmux.start(work, env(), 80, 24, Shell.quote(java) + " -jar " + Shell.quote(jar) + " --data-dir "
                + Shell.quote(data.toString()));
    }

    @Test
    void aTeamsDatabaseAsksWhoIsHereOnThePlainTerminalThenShowsTheScreen() throws Exception {
        Path data = work.resolve("data");
        needle(data, "--me", "Alice Ng", "team", "add", "Carla Ruiz");

        try (Tmux tmux = fullScreen(data)) {
            tmux.waitForText("Type a number, or your name to join the team:");
            assertThat(tmux.screen()).contains("This database is shared by Alice Ng and Carla Ruiz. Who are you?");
            assertThat(tmux.terminalState().alternateScreen()).as("asked on the plain terminal").isFalse();

            tmux.type("2");
            assertThat(tmux.waitForText("join the team: 2")).as("the answer is echoed as typed").isNotEmpty();
            tmux.sendKeys("Enter");

            String screen = tmux.waitForText("Setup 1/3");
            assertThat(screen).contains("as Carla Ruiz");
            assertThat(tmux.terminalState().alternateScreen()).isTrue();
            tmux.sendKeys("C-c");
            tmux.waitForText("[exit 0]");
            assertThat(tmux.terminalState()).isEqualTo(new Tmux.TerminalState(false, true));
        }
        assertThat(Files.readString(home.resolve(".config/needle/config.yaml"))).isEqualTo("me: Carla Ruiz\n");
    }

    @Test
    void aDatabaseThatCannotOpenIsToldOnATerminalGivenBackAsItWas() throws Exception {
        Path data = Files.createDirectories(work.resolve("broken"));
        Files.writeString(data.resolve("db-password"), "secret\n");
        Files.writeString(data.resolve("needle.mv.db"), "this is not a database\n".repeat(400));

        try (Tmux tmux = fullScreen(data)) {
            String screen = tmux.waitForText("[exit ");
            assertThat(screen).contains("needle: ").doesNotContain("[exit 0]").doesNotContain("Exception");
            assertThat(tmux.terminalState()).isEqualTo(new Tmux.TerminalState(false, true));

            tmux.type("typed after");
            assertThat(tmux.waitForText("typed after")).as("keys echo again: the terminal's modes are back").isNotEmpty();
        }
    }
}
