package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a vdir sync brings in is added by whoever ran it, as with any import: the JSON of the contacts
 * says so ({@code added_by}), and the contact is theirs ({@code owner}).
 */
class SyncMarksTest {
    @TempDir
    Path home;

    private Path addressBook() throws IOException {
        Path folder = Files.createDirectories(home.resolve("contacts"));
        Files.writeString(folder.resolve("grace.vcf"),
                "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:grace-1\r\nFN:Grace Hopper\r\nORG:Navy\r\nEND:VCARD\r\n");
        return folder;
    }

    @Test
    void aContactTheSyncBringsInIsAddedByAndOwnedByWhoRanIt() throws IOException {
        CliRun cli = new CliRun(home);
        cli.onDisk("team", "add", "Bob Martin");
        Path folder = addressBook();

        assertThat(cli.onDisk("--me", "Bob Martin", "sync", "vdir", folder.toString())).isZero();

        assertThat(cli.onDisk("--me", "Bob Martin", "contacts", "grace", "--json")).isZero();
        assertThat(cli.out).contains("\"name\":\"Grace Hopper\"").contains("\"owner\":\"Bob Martin\"")
                .contains("\"added_by\":\"Bob Martin\"");
    }

    @Test
    void theIntervalSyncOfAFullScreenSessionMarksWhatItAddsAsTheSessionsPerson() throws Exception {
        CliRun cli = new CliRun(home);
        cli.onDisk("team", "add", "Bob Martin");
        Path folder = addressBook();
        Files.createDirectories(home.resolve("config/needle"));
        Files.writeString(home.resolve("config/needle/config.yaml"),
                "me: Bob Martin\nsync:\n  vdir: " + folder + "\n  every: 1h\n");
        NeedleCommand root = new NeedleCommand(() -> false, java.util.Map.of("HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString()));
        NeedleCommand.commandLine(root).parseArgs("--data-dir", home.resolve("data").toString());
        try (SyncOnInterval sync = SyncOnInterval.startIfConfigured(root)) {
            long waited = 0;
            while (root.stores().contacts().findAll().isEmpty() && waited < 20_000) {
                Thread.sleep(50);
                waited += 50;
            }
        } finally {
            root.close();
        }

        assertThat(cli.onDisk("contacts", "grace", "--json")).isZero();
        assertThat(cli.out).contains("\"owner\":\"Bob Martin\"").contains("\"added_by\":\"Bob Martin\"");
    }
    @Test
    void aServerThatCannotTellWhoItIsSaysSoBeforeSyncingAnything() throws Exception {
        CliRun cli = new CliRun(home);
        cli.onDisk("--me", "Alice Wong", "team", "add", "Bob Martin");
        Path folder = addressBook();
        Files.createDirectories(home.resolve("config/needle"));
        Files.writeString(home.resolve("config/needle/config.yaml"), "sync:\n  vdir: " + folder + "\n");
        NeedleCommand root = new NeedleCommand(() -> false, java.util.Map.of("HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString()));
        NeedleCommand.commandLine(root).parseArgs("--data-dir", home.resolve("data").toString());
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SyncOnInterval.startIfConfigured(root))
                    .isInstanceOf(NeedleFailure.class)
                    .hasMessageStartingWith("sync: this database is shared by Alice Wong and Bob Martin")
                    .hasMessageContaining("me: YOUR NAME");
        } finally {
            root.close();
        }
        cli.onDisk("--me", "Bob Martin", "contacts", "--json");
        assertThat(cli.out).doesNotContain("Grace Hopper");
    }
}
