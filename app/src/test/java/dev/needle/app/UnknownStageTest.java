package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.persistence.jdbi.H2Urls;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contact whose stage column holds a value Needle does not know (edited by hand in SQL, or written by
 * another version) is still listed, found due and exported: one odd row never stops a command.
 */
class UnknownStageTest {
    @TempDir
    Path home;

    @BeforeEach
    void aContactWithACadenceWhoseStageIsNonsense() throws Exception {
        LocalDate today = LocalDate.now();
        Path backup = Files.writeString(home.resolve("backup.yaml"), String.join("\n",
                "needle: backup",
                "format: 1",
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
                "    stage: following-up",
                "keep-in-touch:",
                "  - contact: 1",
                "    every: 2w",
                "    since: " + today.minusDays(60),
                ""), StandardCharsets.UTF_8);
        assertThat(new CliRun(home).onDisk("import", "yaml", backup.toString())).isZero();
        Path data = home.resolve("data");
        String password = Files.readString(data.resolve(EmbeddedDatabase.PASSWORD_FILE)).strip();
        try (Connection sql = DriverManager.getConnection(H2Urls.fileUrl(data), EmbeddedDatabase.USER, password)) {
            assertThat(sql.createStatement().executeUpdate(
                    "UPDATE contacts SET stage = 'ZOMBIE' WHERE name = 'Maria Lopez'")).isOne();
            assertThat(sql.createStatement().executeUpdate(
                    "UPDATE contacts SET stage = 'following up' WHERE name = 'Tom Baker'")).isOne();
        }
    }

    @Test
    void contactsListsEveryoneWithTheOddStageReadAsMet() {
        CliRun needle = new CliRun(home);

        assertThat(needle.onDisk("contacts")).as(needle.err).isZero();

        assertThat(needle.err).isEmpty();
        assertThat(needle.out).contains("Maria Lopez").contains("Tom Baker");
    }

    @Test
    void dueStillNamesThePersonWithTheOddStage() {
        CliRun needle = new CliRun(home);

        assertThat(needle.onDisk("due")).as(needle.err).isZero();

        assertThat(needle.err).isEmpty();
        assertThat(needle.out).contains("Maria Lopez");
    }

    @Test
    void theBackupWritesAStageItCanReadBack() throws Exception {
        CliRun needle = new CliRun(home);
        Path out = home.resolve("out.yaml");

        assertThat(needle.onDisk("export", "yaml", out.toString())).as(needle.err).isZero();

        String yaml = Files.readString(out);
        assertThat(yaml).contains("name: Maria Lopez").contains("stage: met").contains("stage: following-up")
                .doesNotContain("ZOMBIE");
    }
}
