package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tag's default cadence: the real full screen shows who is losing touch on Today without a key,
 * though its first frame no longer waits for everyone to be read to find them.
 */
class LosingTouchIT {
    @TempDir
    Path work;

    @Test
    void todayShowsWhoIsLosingTouchByATagsCadenceWithoutAKey() throws Exception {
        Tools.require("tmux", "/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Tools.needleJar().toString();
        Path home = Files.createDirectory(work.resolve("home"));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", home.toString());
        env.put("TERM", "xterm-256color");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "C.UTF-8");
        LocalDate today = LocalDate.now();
        String backup = String.join("\n",
                "needle: backup",
                "format: 1",
                "directions:",
                "  - id: 1",
                "    version: 1",
                "    kind: job-search",
                "    statement: Move into UX research at a climate company",
                "    since: " + today.minusMonths(6),
                "contacts:",
                "  - id: 2",
                "    version: 1",
                "    name: Bo Lind",
                "    company: Globex",
                "    offers:",
                "      - mentors",
                "    met:",
                "      \"on\": " + today.minusDays(90),
                "    rapport: 3",
                "    stage: met",
                "  - id: 3",
                "    version: 1",
                "    name: Cy Diaz",
                "    company: Initech",
                "    rapport: 3",
                "    stage: met",
                "interactions:",
                "  - id: 4",
                "    contact: 2",
                "    date: " + today.minusDays(50),
                "    channel: call",
                "    minutes: 20",
                "    travel-minutes: 0",
                "tag-cadences:",
                "  - tag: mentors",
                "    every: \"6w\"",
                "    since: " + today.minusMonths(3),
                "");
        Path data = work.resolve("data");
        BackupRestored.into(work, data, backup);

        try (Tmux tmux = Tmux.start(work, env, 80, 24, Shell.quote(java) + " -jar " + Shell.quote(jar)
                + " --data-dir " + Shell.quote(data.toString()))) {
            String screen = tmux.waitForText("Losing touch (1)");

            assertThat(screen).contains("8d overdue").contains("Bo Lind").contains("call " + today.minusDays(50))
                    .doesNotContain("Cy Diaz").doesNotContain("Finding who is due");
            assertThat(screen).contains("1 Today (1)");
        }
    }
}
