package dev.needle.application.team;

import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.ExportBackupUseCase;
import dev.needle.application.port.in.RestoreBackupUseCase;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.RecordMarks;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Who did what in the full backup: written with the records, and put back as it was on restore. */
final class BackupAuthors {
    private final RecordMarks marks;
    private final TeamStore team;
    private final Transactions transactions;
    private final Marker marker;

    BackupAuthors(RecordMarks marks, TeamStore team, Transactions transactions, Marker marker) {
        this.marks = marks;
        this.team = team;
        this.transactions = transactions;
        this.marker = marker;
    }

    ExportBackupUseCase export(ExportBackupUseCase records) {
        return sink -> transactions.inTransaction(() -> {
            Set<String> held = new HashSet<>();
            Backup backup = records.exportBackup(new ExportBackupUseCase.Sink() {
                @Override
                public void head(Backup head) {
                    sink.head(head);
                }

                @Override
                public void contacts(List<Contact> page) {
                    page.forEach(c -> held.add(key(RecordKind.CONTACT, c.id().value())));
                    sink.contacts(page);
                }
            });
            held.addAll(keys(backup));
            // Marks outlive deletions (for undo); a backup carries only those of the records it holds.
            List<RecordMark> theirs = marks.all().stream().filter(m -> held.contains(key(m.kind(), m.recordId()))).toList();
            return backup.withAuthors(new Backup.Authors(team.team(), theirs));
        });
    }

    RestoreBackupUseCase restore(RestoreBackupUseCase records, IdSource ids) {
        return (backup, dryRun) -> transactions.inTransaction(() -> {
            RestoreBackupUseCase.Report report = marker.unmarked(() -> records.restore(backup, dryRun));
            if (!dryRun) {
                Map<TeammateId, TeammateId> people = new HashMap<>();
                // Oldest first, so the backup's founder stays the founder of a database nobody has joined yet.
                for (Teammate member : backup.authors().team().members()) {
                    Teammate joined = team.join(new Teammate(new TeammateId(ids.next()), member.name(), member.joinedOn()));
                    people.put(member.id(), joined.id());
                }
                Set<String> held = keys(backup);
                marks.replaceAll(backup.authors().marks().stream()
                        .filter(m -> held.contains(key(m.kind(), m.recordId())))
                        .map(m -> new RecordMark(m.kind(), m.recordId(), renamed(m.added(), people),
                                renamed(m.changed(), people), renamed(m.decided(), people)))
                        .filter(m -> !m.isBlank())
                        .toList());
            }
            return report;
        });
    }

    private static Optional<RecordMark.Stamp> renamed(Optional<RecordMark.Stamp> stamp, Map<TeammateId, TeammateId> people) {
        return stamp.flatMap(s -> Optional.ofNullable(people.get(s.by())).map(by -> new RecordMark.Stamp(by, s.at())));
    }

    private static Set<String> keys(Backup backup) {
        Set<String> keys = new HashSet<>();
        backup.contacts().forEach(c -> keys.add(key(RecordKind.CONTACT, c.id().value())));
        backup.needs().forEach(n -> keys.add(key(RecordKind.NEED, n.id().value())));
        backup.events().forEach(e -> keys.add(key(RecordKind.EVENT, e.id().value())));
        backup.meetingRequests().forEach(r -> keys.add(key(RecordKind.MEETING_REQUEST, r.id().value())));
        backup.interactions().forEach(i -> keys.add(key(RecordKind.INTERACTION, i.id().value())));
        return keys;
    }

    private static String key(RecordKind kind, long id) {
        return kind.code() + "|" + id;
    }
}
