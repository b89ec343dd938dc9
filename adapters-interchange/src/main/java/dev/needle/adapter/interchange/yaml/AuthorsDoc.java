package dev.needle.adapter.interchange.yaml;

import dev.needle.application.port.in.Backup;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import dev.needle.domain.Team;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who did what in a backup (issue 20): the team, oldest first, and each record's marks naming people
 * by name, so the file reads on its own and restores into a database whose people have other ids.
 * Both lists are absent from backups made before teams; such a backup restores with no marks.
 */
final class AuthorsDoc {
    private AuthorsDoc() {
    }

    /** One person on the team. */
    record TeammateDoc(String name, LocalDate joinedOn) {
    }

    /** One record's marks: {@code kind} as "contact", "need", "event", "meeting_request", "interaction". */
    record MarkDoc(String kind, Long id, String addedBy, LocalDateTime addedAt, String changedBy,
                   LocalDateTime changedAt, String decidedBy, LocalDateTime decidedAt) {
    }

    static List<TeammateDoc> team(Backup.Authors authors) {
        return authors.team().members().stream().map(m -> new TeammateDoc(m.name(), m.joinedOn())).toList();
    }

    static List<MarkDoc> marks(Backup.Authors authors) {
        Team team = authors.team();
        return authors.marks().stream().map(m -> new MarkDoc(m.kind().code(), m.recordId(),
                name(team, m.added()), at(m.added()), name(team, m.changed()), at(m.changed()),
                name(team, m.decided()), at(m.decided()))).toList();
    }

    private static String name(Team team, Optional<RecordMark.Stamp> stamp) {
        return stamp.flatMap(s -> team.find(s.by())).map(Teammate::name).orElse(null);
    }

    private static LocalDateTime at(Optional<RecordMark.Stamp> stamp) {
        return stamp.map(RecordMark.Stamp::at).orElse(null);
    }

    /** The backup's authors; its people get ids 1, 2, … in the file's order, which restore maps to real ones. */
    static Backup.Authors toDomain(List<TeammateDoc> team, List<MarkDoc> marks) {
        List<Teammate> members = new ArrayList<>();
        if (team != null) {
            for (TeammateDoc doc : team) {
                String name = Required.present("name", doc.name());
                if (members.stream().anyMatch(m -> m.isNamed(name))) {
                    throw new InvalidValueException("team", "The backup's team lists " + name + " twice.");
                }
                members.add(new Teammate(new TeammateId(members.size() + 1L), name,
                        doc.joinedOn() == null ? LocalDate.EPOCH : doc.joinedOn()));
            }
        }
        Team people = new Team(members);
        List<RecordMark> read = new ArrayList<>();
        if (marks != null) {
            for (MarkDoc doc : marks) {
                RecordKind kind = RecordKind.ofCode(Required.present("kind", doc.kind()));
                long id = Required.id(doc.id());
                String record = kind.code().replace('_', ' ') + " " + id;
                read.add(new RecordMark(kind, id, stamp(people, record, "added", doc.addedBy(), doc.addedAt()),
                        stamp(people, record, "changed", doc.changedBy(), doc.changedAt()),
                        stamp(people, record, "decided", doc.decidedBy(), doc.decidedAt())));
            }
        }
        return new Backup.Authors(people, read);
    }

    private static Optional<RecordMark.Stamp> stamp(Team people, String record, String deed, String by, LocalDateTime at) {
        if (by == null && at == null) {
            return Optional.empty();
        }
        if (by == null || at == null) {
            throw new InvalidValueException(deed + "-by", "The marks of " + record + " give " + deed
                    + (by == null ? "-at without " + deed + "-by" : "-by without " + deed + "-at") + "; give both or neither.");
        }
        Teammate who = people.named(by).orElseThrow(() -> new InvalidValueException(deed + "-by", "The marks of "
                + record + " name " + by + ", who is not on the backup's team."));
        return Optional.of(new RecordMark.Stamp(who.id(), at));
    }
}
