package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.ExportBackupUseCase;
import dev.needle.application.port.in.RestoreBackupUseCase;
import dev.needle.application.service.ExportBackupService;
import dev.needle.application.service.RestoreBackupService;
import dev.needle.application.service.fake.Fakes;
import dev.needle.application.team.Authorship;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import dev.needle.domain.RecordMark.Stamp;
import dev.needle.domain.Team;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who did what in the YAML backup: written by name, restored as it was, and old backups still restore. */
class YamlAuthorsBackupTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final Teammate ALICE = new Teammate(new TeammateId(3), "Alice", DAY);
    private static final Teammate BOB = new Teammate(new TeammateId(4), "Bob", DAY.plusDays(2));
    private final NeedleYaml yaml = new NeedleYaml();

    private static Backup withAuthors() {
        Contact ana = Contact.capture(new ContactId(10), "Ana Lima").withVersion(1);
        return new Backup(List.of(), List.of(), List.of(ana), List.of(), List.of(), List.of(), Optional.empty())
                .withAuthors(new Backup.Authors(new Team(List.of(ALICE, BOB)), List.of(new RecordMark(RecordKind.CONTACT,
                        10, Optional.of(new Stamp(ALICE.id(), LocalDateTime.of(2026, 3, 3, 9, 15))),
                        Optional.of(new Stamp(BOB.id(), LocalDateTime.of(2026, 3, 18, 10, 42, 7))), Optional.empty()))));
    }

    private String written(Backup backup) {
        StringWriter out = new StringWriter();
        yaml.writeBackup(backup, out);
        return out.toString();
    }

    /** A database whose one person, Carol, restores the file: the records stay Alice's and Bob's. */
    private static final class Restorer {
        final Fakes db = new Fakes();
        final Authorship authors = Authorship.of(db.marks, db.team, () -> db.team.join(
                new Teammate(new TeammateId(999), "Carol", DAY)), db.clock, db.transactions);

        void restore(Backup backup) {
            RestoreBackupUseCase restore = authors.restoring(new RestoreBackupService(db.directions, db.needs,
                    authors.contacts(db.contacts), db.events, db.interactions, db.requests, db.budget, db.ids,
                    db.transactions), db.ids, db.transactions);
            restore.restore(backup, false);
        }

        Backup export() {
            ExportBackupUseCase export = authors.exporting(new ExportBackupService(db.directions, db.needs, db.contacts,
                    db.events, db.interactions, db.requests, db.budget, db.transactions));
            return export.exportBackup();
        }
    }

    @Test
    void theTeamAndTheMarksAreWrittenByNameAndRestoredAsTheyWere() {
        String text = written(withAuthors());
        assertThat(text).contains("team:\n  - name: Alice\n    joined-on: 2026-03-01\n  - name: Bob\n")
                .contains("marks:\n  - kind: contact\n    id: 10\n    added-by: Alice\n    added-at: 2026-03-03T09:15\n"
                        + "    changed-by: Bob\n    changed-at: 2026-03-18T10:42:07\n");

        Restorer carol = new Restorer();
        carol.restore(((BackupFile) yaml.read("backup.yaml", text.getBytes(StandardCharsets.UTF_8))).backup());

        RecordMark mark = carol.db.marks.of(RecordKind.CONTACT, 10);
        assertThat(carol.db.team.team().find(mark.added().orElseThrow().by()).map(Teammate::name)).contains("Alice");
        assertThat(carol.db.team.team().founder().map(Teammate::name)).contains("Alice");
        assertThat(written(carol.export())).isEqualTo(text);
    }

    @Test
    void aBackupFromBeforeTeamsRestoresWithNoMarks() {
        String text = written(withAuthors().withAuthors(Backup.Authors.NONE));
        assertThat(text).doesNotContain("team:").doesNotContain("marks:");

        Restorer carol = new Restorer();
        carol.restore(((BackupFile) yaml.read("backup.yaml", text.getBytes(StandardCharsets.UTF_8))).backup());

        assertThat(carol.db.contacts.findAll()).extracting(Contact::name).containsExactly("Ana Lima");
        assertThat(carol.db.marks.all()).isEmpty();
    }

    @Test
    void aMarkNamingSomeoneNotOnTheTeamIsNamedWithItsLine() {
        String text = written(withAuthors()).replace("changed-by: Bob", "changed-by: Zed");

        assertThatThrownBy(() -> yaml.read("backup.yaml", text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(YamlFileException.class).hasMessageContaining("backup.yaml")
                .hasMessageContaining("The marks of contact 10 name Zed, who is not on the backup's team.");
    }
}
