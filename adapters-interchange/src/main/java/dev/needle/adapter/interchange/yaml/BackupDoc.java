package dev.needle.adapter.interchange.yaml;

import dev.needle.application.port.in.Backup;
import dev.needle.domain.Budget;
import dev.needle.domain.Contact;
import dev.needle.domain.Direction;
import dev.needle.domain.Event;
import dev.needle.domain.Interaction;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Need;
import dev.needle.domain.TagCadence;
import java.util.List;
import java.util.Optional;

/**
 * The whole backup file: a header, then every kind of record in id order, the team's private notes
 * (every author's) last.
 */
record BackupDoc(String needle, Integer format, List<Direction> directions, List<Need> needs, List<Contact> contacts,
                 List<Event> events, List<Interaction> interactions, List<MeetingRequest> meetingRequests,
                 Budget budget, List<KeepInTouch> keepInTouch, List<TagCadence> tagCadences,
                 List<AuthorsDoc.TeammateDoc> team, List<AuthorsDoc.MarkDoc> marks,
                 List<Backup.AuthoredNote> privateNotes, List<TeammateLimitsDoc> people) {
    static final String KIND = "backup";

    Backup toBackup() {
        return new Backup(orEmpty(directions), orEmpty(needs), orEmpty(contacts), orEmpty(events),
                orEmpty(interactions), orEmpty(meetingRequests), Optional.ofNullable(budget),
                new Backup.Cadences(orEmpty(keepInTouch), orEmpty(tagCadences)), AuthorsDoc.toDomain(team, marks),
                orEmpty(privateNotes), orEmpty(people).stream().map(TeammateLimitsDoc::toDomain).toList());
    }

    /** What a file holds before its contacts: the header, the directions and the needs. */
    static BackupDoc head(Backup b) {
        return new BackupDoc(KIND, NeedleYaml.FORMAT, b.directions(), b.needs(), null, null, null, null, null, null, null,
                null, null, null, null);
    }

    /** What a file holds after its contacts. */
    static BackupDoc rest(Backup b) {
        return new BackupDoc(null, null, null, null, null, b.events(), b.interactions(), b.meetingRequests(),
                b.budget().orElse(null), b.cadences().people(), b.cadences().tags(), AuthorsDoc.team(b.authors()),
                AuthorsDoc.marks(b.authors()), b.privateNotes(),
                b.people().isEmpty() ? null : b.people().stream().map(TeammateLimitsDoc::of).toList());
    }

    /** The whole file as one document: what {@link YamlBackupWriter} writes in parts. */
    static BackupDoc of(Backup b) {
        return new BackupDoc(KIND, NeedleYaml.FORMAT, b.directions(), b.needs(), b.contacts(), b.events(),
                b.interactions(), b.meetingRequests(), b.budget().orElse(null), b.cadences().people(),
                b.cadences().tags(), AuthorsDoc.team(b.authors()), AuthorsDoc.marks(b.authors()), b.privateNotes(),
                b.people().isEmpty() ? null : b.people().stream().map(TeammateLimitsDoc::of).toList());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
