package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.port.in.Backup;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The team's private notes in the YAML backup: said so at the top, written with their authors, read back exactly. */
class YamlPrivateNotesBackupTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 6, 10, 42);
    private final NeedleYaml yaml = new NeedleYaml();
    private final Contact ana = Contact.capture(new ContactId(10), "Ana Lima").withVersion(1);

    private Backup withNotes() {
        return new Backup(List.of(), List.of(), List.of(ana), List.of(), List.of(), List.of(), Optional.empty())
                .withPrivateNotes(List.of(new Backup.AuthoredNote(ana.id(), "Alice", "Owes me a favour.\nAsk in March.", AT),
                        new Backup.AuthoredNote(ana.id(), "Bob", "Knows my cousin.", AT.plusDays(1))));
    }

    private String written(Backup backup) {
        StringWriter out = new StringWriter();
        yaml.writeBackup(backup, out);
        return out.toString();
    }

    @Test
    void theFileSaysAtTheTopThatItHoldsTheWholeTeamsRecordsAndEveryAuthorsNotes() {
        String text = written(withNotes());

        assertThat(text).startsWith("# This backup holds the whole team's records, private notes included:\n");
        assertThat(text).contains("private-notes:\n  - contact: 10\n    author: Alice\n    changed: 2026-12-06T10:42\n")
                .contains("author: Bob").contains("Knows my cousin.");
    }

    @Test
    void privateNotesReadBackExactlyWithTheirAuthors() {
        String text = written(withNotes());

        BackupFile read = (BackupFile) yaml.read("backup.yaml", text.getBytes(StandardCharsets.UTF_8));

        assertThat(read.backup().privateNotes()).isEqualTo(withNotes().privateNotes());
        assertThat(written(read.backup())).isEqualTo(text);
    }

    @Test
    void aBackupWrittenBeforePrivateNotesStillReads() {
        String old = written(withNotes().withPrivateNotes(List.of()));
        assertThat(old).as("no notes, no word of them").startsWith("needle: backup\n").doesNotContain("private");

        BackupFile read = (BackupFile) yaml.read("old.yaml", old.getBytes(StandardCharsets.UTF_8));

        assertThat(read.backup().contacts()).containsExactly(ana);
        assertThat(read.backup().privateNotes()).isEmpty();
    }

    @Test
    void aNoteWithoutItsAuthorIsNamedWithTheFileAndLine() {
        String text = written(withNotes()).replace("    author: Alice\n", "");

        assertThatThrownBy(() -> yaml.read("backup.yaml", text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(YamlFileException.class).hasMessageContaining("backup.yaml")
                .hasMessageContaining("'author' is missing");
    }
}
