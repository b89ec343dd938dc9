package dev.needle.application.port.in;

import dev.needle.domain.ContactId;
import java.util.Map;

/**
 * The acting person's private notes: a note on a contact that nobody else on the team sees, in any
 * screen, command or export. There is no way here to read another person's note.
 */
public interface PrivateNoteUseCase {
    /** My note on the contact; empty when I have none. */
    String mine(ContactId contact);

    /** My notes, by contact (contacts I have none on are left out). */
    Map<ContactId, String> allMine();

    /**
     * Replaces my note on the contact ({@code text} blank removes it) and returns what changed, for the
     * session's undo stack; an unchanged note gives an empty change list.
     */
    java.util.List<RecordChange> write(ContactId contact, String text);
}
