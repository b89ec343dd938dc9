package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The week in the real jar under tmux, with a fresh HOME: create an event, open its prep sheet,
 * capture five people in capture mode, see their follow-ups on Today, snooze one, undo the snooze.
 */
class WeekFlowIT {
    private static final List<String> PEOPLE = List.of("Ana Ruiz", "Bo Lind", "Cy Moss", "Dee Park", "Eli Stone");

    @TempDir
    Path home;

    private Map<String, String> env() {
        return Map.of("HOME", home.toString(), "TERM", "xterm-256color", "LANG", "C.UTF-8",
                "PATH", "/usr/bin:/bin");
    }

    private String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A direction and one need, so the UI opens on Today rather than the first-run setup. */
    private void plan(Path jar) throws IOException, InterruptedException {
        Path yaml = home.resolve("plan.yaml");
        Files.writeString(yaml, """
                needle: backup
                format: 1
                directions:
                  - id: 1
                    version: 1
                    kind: job-search
                    statement: Lead design research at a climate company.
                    since: 2026-01-05
                needs:
                  - id: 2
                    version: 1
                    title: Introduction at Acme
                    kind: introduction
                    targets:
                      - company: Acme
                    priority: 1
                    status: open
                """, StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", jar.toString(), "import", "yaml", yaml.toString())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    @Test
    void eventPrepCaptureFiveTodaySnoozeAndUndo() throws Exception {
        Tools.require("tmux", "/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux");
        Path jar = Tools.needleJar();
        plan(jar);
        LocalDate yesterday = LocalDate.now().minusDays(1);
        LocalDate followUp = yesterday.plusDays(2);
        try (Tmux tmux = Tmux.start(home, env(), 100, 30, Shell.quote(java()) + " -jar " + Shell.quote(jar.toString()))) {
            tmux.waitForText("Requests waiting for triage");

            tmux.type("4");
            tmux.waitForText("No events yet");
            tmux.type("a");
            tmux.waitForText("Add event");
            tmux.type("Climate meetup");
            tmux.sendKeys("Tab");
            tmux.type(yesterday.toString());
            tmux.sendKeys("Tab");
            tmux.type("7 pm");
            tmux.sendKeys("Tab");
            tmux.type("Town hall");
            tmux.sendKeys("C-s");
            tmux.waitForText("Saved Climate meetup on " + yesterday + " at 19:00.");

            tmux.sendKeys("Enter");
            tmux.waitFor("the prep sheet", s -> s.contains("Prep sheet") && s.contains("1. Introduction at Acme")
                    && s.contains("Ask:"));

            tmux.type("c");
            tmux.waitForText("Met at Climate meetup");
            for (int i = 0; i < PEOPLE.size(); i++) {
                tmux.type(PEOPLE.get(i));
                if (i == 0) {
                    tmux.sendKeys("Tab");
                    tmux.type("Acme");
                }
                tmux.sendKeys("Enter");
                tmux.waitForText((i + 1) + " captured");
            }
            tmux.sendKeys("Escape");
            tmux.sendKeys("Escape");
            tmux.waitForText("Climate meetup");

            tmux.type("1");
            String today = tmux.waitFor("five follow-ups on Today",
                    s -> PEOPLE.stream().allMatch(s::contains) && s.contains("Follow-ups"));
            assertThat(today).contains(followUp.toString());

            tmux.type("w");
            tmux.waitFor("Ana snoozed off this week's list", s -> s.contains("Snoozed Ana Ruiz")
                    && s.lines().filter(l -> l.contains("Ana Ruiz")).count() == 1);
            tmux.type("u");
            String undone = tmux.waitForText("Undone: snooze of Ana Ruiz");
            assertThat(undone.lines().filter(l -> l.contains("Ana Ruiz") && l.contains(followUp.toString()))).hasSize(1);

            tmux.type("q");
            tmux.waitForText("[exit 0]");
        }
    }
}
