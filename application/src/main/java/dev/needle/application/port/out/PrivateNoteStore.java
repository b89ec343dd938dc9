package dev.needle.application.port.out;

import dev.needle.domain.ContactId;
import dev.needle.domain.PrivateNote;
import dev.needle.domain.TeammateId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Private notes, kept beside the contacts rather than in them, one per contact and author. Only the
 * services decide who may read which: a screen or command asks for the acting person's own; every
 * author's notes leave the store only to be deleted, restored, merged or put in the team's backup.
 * A note is replaced whole; a blank one is the same as none. Deleting a contact deletes its notes.
 */
public interface PrivateNoteStore {
    Optional<PrivateNote> find(ContactId contact, TeammateId author);

    /** Every author's note on one contact, by author id. */
    List<PrivateNote> onContact(ContactId contact);

    /** One author's notes, by contact. */
    Map<ContactId, PrivateNote> byAuthor(TeammateId author);

    /** Every note of every author, by contact id then author id: for the team's backup only. */
    List<PrivateNote> findAll();

    /** Stores the note in place of the author's note before; a blank one removes it. */
    void save(PrivateNote note);
}
