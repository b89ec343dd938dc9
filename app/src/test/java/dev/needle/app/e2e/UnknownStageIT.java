package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.persistence.jdbi.H2Urls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contact with a keep-in-touch cadence of their own whose stage column was edited to nonsense: the real
 * full screen still draws Today with everyone on it, and nothing is printed on the terminal.
 */
class UnknownStageIT {
    @TempDir
    Path work;

    @Test
    void todaysFirstFrameDrawsWithTheOddRowAmongTheOthers() throws Exception {
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
                "  - id: 3",
                "    version: 1",
                "    kind: job-search",
                "    statement: Move into UX research at a climate company",
                "    since: " + today.minusMonths(6),
                "contacts:",
                "  - id: 1",
                "    version: 1",
                "    name: Maria Lopez",
                "    company: Acme",
                "    met:",
                "      \"on\": " + today.minusDays(60),
                "    rapport: 3",
                "    stage: met",
                "  - id: 2",
                "    version: 1",
                "    name: Tom Baker",
                "    company: Initech",
                "    rapport: 2",
                "    stage: met",
                "    next-follow-up: " + today,
                "keep-in-touch:",
                "  - contact: 1",
                "    every: 2w",
                "    since: " + today.minusDays(60),
                "");
        Path data = work.resolve("data");
        BackupRestored.into(work, data, backup);
        String password = Files.readString(data.resolve("db-password")).strip();
        try (Connection sql = DriverManager.getConnection(H2Urls.fileUrl(data), "needle", password)) {
            assertThat(sql.createStatement().executeUpdate(
                    "UPDATE contacts SET stage = 'ZOMBIE' WHERE name = 'Maria Lopez'")).isOne();
        }

        try (Tmux tmux = Tmux.start(work, env, 80, 24, Shell.quote(java) + " -jar " + Shell.quote(jar)
                + " --data-dir " + Shell.quote(data.toString()) + "; echo EXITED")) {
            String screen = tmux.waitForText("Losing touch (1)");

            assertThat(screen).contains("Maria Lopez").contains("Tom Baker").doesNotContain("EXITED")
                    .doesNotContain("unexpected failure").doesNotContain("Exception");
        }
    }
}
