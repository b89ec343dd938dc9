package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that answers a question changes nothing: the full export before and after every read
 * command is byte for byte the same. Only `triage --record` stores the request it weighs.
 */
class ReadOnlyCommandsTest {
    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void importTheFixture() throws IOException {
        Path backup = home.resolve("backup.yaml");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/backup.yaml")) {
            Files.write(backup, in.readAllBytes());
        }
        cli = new CliRun(home);
        assertThat(cli.onDisk("import", "yaml", backup.toString())).as(cli.err).isZero();
    }

    private String export() {
        assertThat(cli.onDisk("export", "yaml")).as(cli.err).isZero();
        return cli.out;
    }

    @Test
    void noReadCommandChangesTheRecords() {
        List<List<String>> reads = List.of(
                List.of("contacts"), List.of("contacts", "acme", "--json"), List.of("needs", "--json"),
                List.of("duplicates"), List.of("duplicates", "--json"),
                List.of("triage", "10"), List.of("triage", "ana@example.org", "--json"),
                List.of("triage", "jose nunez", "--format", "call", "--minutes", "20"),
                List.of("triage", "10", "--format", "In-Person", "--travel", "40", "--money", "$12.50",
                        "--asked-by", "me", "--json"),
                List.of("triage", "Ana"), List.of("query", "ana"), List.of("query", "nobody"),
                List.of("export", "ics"), List.of("export", "vcard"), List.of("doctor"),
                List.of("help", "triage"), List.of("completion", "bash"), List.of("prep", "no such event"),
                List.of("budget"), List.of("budget", "--json"));
        String before = export();
        for (List<String> read : reads) {
            cli.onDisk(read.toArray(String[]::new));
            assertThat(export()).as("after needle " + String.join(" ", read)).isEqualTo(before);
        }
    }

    @Test
    void triageWeighsTheRequestItsOptionsDescribe() {
        assertThat(cli.onDisk("triage", "10", "--format", "CALL", "--minutes", "25", "--json")).as(cli.err).isZero();
        assertThat(cli.out).contains("\"request_id\":null", "\"cost\":{\"minutes\":25,\"travel_minutes\":0");

        assertThat(cli.onDisk("triage", "10", "--format", "coffee", "--travel", "30", "--money", "4.50")).isZero();
        assertThat(cli.out).contains("Cost: ", "+ 30 min travel, 4.50", "Not recorded (add --record");
    }

    @Test
    void recordStoresTheRequestAndLaterTriagesWeighIt() {
        String before = export();

        assertThat(cli.onDisk("triage", "10", "--format", "video", "--record", "--json")).as(cli.err).isZero();
        assertThat(cli.out).contains("\"request_id\":13");
        String recorded = export();
        assertThat(recorded).isNotEqualTo(before).contains("format: video");

        assertThat(cli.onDisk("triage", "10", "--json")).isZero();
        assertThat(cli.out).contains("\"request_id\":13");
        assertThat(export()).isEqualTo(recorded);
    }

    @Test
    void formatsAreTheWordsOfTheFilesInAnyCaseAndAWrongOneListsThem() {
        assertThat(cli.onDisk("triage", "10", "--format", "in_person")).as(cli.err).isZero();
        assertThat(cli.onDisk("triage", "10", "--format", "VIDEO")).as(cli.err).isZero();

        assertThat(cli.onDisk("triage", "10", "--format", "zoom")).isEqualTo(2);
        assertThat(cli.err).hasLineCount(1).contains("--format", "'zoom' is not one of in-person, coffee, call, video, "
                + "email, message").doesNotContain("IN_PERSON", "Channel", "case-sensitive");
        assertThat(cli.onDisk("triage", "10", "--asked-by", "boss")).isEqualTo(2);
        assertThat(cli.err).contains("'boss' is not one of them, me").doesNotContain("Initiator");
        assertThat(cli.onDisk("triage", "10", "--money", "lots")).isEqualTo(2);
        assertThat(cli.err).hasLineCount(1).contains("--money", "\"lots\" is not an amount");
        assertThat(cli.onDisk("triage", "10", "--minutes", "half")).isEqualTo(2);
        assertThat(cli.err).hasLineCount(1).contains("--minutes", "'half' is not a whole number").doesNotContain("int");
    }
}
