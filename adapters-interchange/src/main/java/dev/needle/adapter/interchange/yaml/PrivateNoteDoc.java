package dev.needle.adapter.interchange.yaml;

import dev.needle.application.port.in.Backup;
import dev.needle.domain.ContactId;
import java.time.LocalDateTime;

/**
 * One private note in the team's backup: on which contact, whose (by name), when it last changed, and
 * its text. Only the backup carries these; every other export leaves them out.
 */
record PrivateNoteDoc(Long contact, String author, LocalDateTime changed, String text) {
    Backup.AuthoredNote toDomain() {
        return new Backup.AuthoredNote(new ContactId(Required.present("contact", contact)),
                Required.present("author", author), Required.present("text", text), Required.present("changed", changed));
    }

    static PrivateNoteDoc of(Backup.AuthoredNote note) {
        return new PrivateNoteDoc(note.contact().value(), note.author(), note.changedAt(), note.text());
    }
}
