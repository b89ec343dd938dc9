package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.port.in.Backup;
import dev.needle.application.service.CadenceBackup;
import dev.needle.application.service.ExportBackupService;
import dev.needle.application.service.RestoreBackupService;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Cadence;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keep-in-touch settings in the YAML backup: written, read back and restored exactly; bad ones named. */
class YamlCadenceBackupTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 18);
    private final NeedleYaml yaml = new NeedleYaml();

    private static Backup withCadences() {
        Contact ana = Contact.capture(new ContactId(10), "Ana Lima").withVersion(1);
        Contact bo = Contact.capture(new ContactId(11), "Bo Chen").withVersion(1);
        return new Backup(List.of(), List.of(), List.of(ana, bo), List.of(), List.of(), List.of(), Optional.empty())
                .withCadences(new Backup.Cadences(List.of(
                        new KeepInTouch(ana.id(), Optional.of(Cadence.parse("6w")), Optional.of(DAY.plusDays(4)), DAY),
                        new KeepInTouch(bo.id(), Optional.of(Cadence.NONE), Optional.empty(), DAY.minusDays(9))),
                        List.of(new TagCadence(Tag.of("mentors"), Cadence.parse("2m"), DAY))));
    }

    private String written(Backup backup) {
        StringWriter out = new StringWriter();
        yaml.writeBackup(backup, out);
        return out.toString();
    }

    @Test
    void cadencesAreWrittenInTheirShortFormAndRestoredExactly() {
        String text = written(withCadences());
        assertThat(text).contains("keep-in-touch:\n  - contact: 10\n    every: \"6w\"\n    snoozed-until: 2026-03-22\n")
                .contains("every: none").contains("tag-cadences:\n  - tag: mentors\n    every: \"2m\"\n");

        BackupFile read = (BackupFile) yaml.read("backup.yaml", text.getBytes(StandardCharsets.UTF_8));
        Fakes db = new Fakes();
        CadenceBackup.restore(new RestoreBackupService(db.directions, db.needs, db.contacts, db.events, db.interactions,
                db.requests, db.budget, db.ids, db.transactions), db.keepInTouch, db.transactions).restore(read.backup(), false);
        Backup restored = CadenceBackup.export(new ExportBackupService(db.directions, db.needs, db.contacts, db.events,
                db.interactions, db.requests, db.budget, db.transactions), db.keepInTouch, db.transactions).exportBackup();

        assertThat(restored.cadences()).isEqualTo(withCadences().cadences());
        assertThat(written(restored)).isEqualTo(text);
    }

    @Test
    void aCadenceThatDoesNotReadIsNamedWithItsLine() {
        String text = written(withCadences()).replace("every: \"6w\"", "every: sometimes");

        assertThatThrownBy(() -> yaml.read("backup.yaml", text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(YamlFileException.class).hasMessageContaining("backup.yaml")
                .hasMessageContaining("\"sometimes\" is not a cadence");
    }

    @Test
    void aCadenceForSomeoneNotInTheBackupIsRefusedAndNothingIsRestored() {
        String text = written(withCadences()).replace("  - contact: 10\n", "  - contact: 99\n");
        BackupFile read = (BackupFile) yaml.read("backup.yaml", text.getBytes(StandardCharsets.UTF_8));
        Fakes db = new Fakes();

        assertThatThrownBy(() -> CadenceBackup.restore(new RestoreBackupService(db.directions, db.needs, db.contacts,
                db.events, db.interactions, db.requests, db.budget, db.ids, db.transactions), db.keepInTouch,
                db.transactions).restore(read.backup(), false)).hasMessageContaining("contact 99, who is not in it");
        assertThat(db.contacts.findAll()).isEmpty();
    }
}
