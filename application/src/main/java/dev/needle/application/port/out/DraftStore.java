package dev.needle.application.port.out;

import dev.needle.domain.Draft;
import dev.needle.domain.TeammateId;
import java.util.List;

/**
 * Where drafts are kept, one person's apart from everyone else's: nothing here reads another
 * person's drafts. A save replaces the draft of the same id whole or leaves it as it was, so a
 * process stopped in the middle never leaves half a draft.
 */
public interface DraftStore {
    void save(TeammateId owner, Draft draft);

    /** The owner's drafts, newest first; one that cannot be read is left out, not deleted. */
    List<Draft> byOwner(TeammateId owner);

    /** Removes the owner's draft of that id; nothing happens when there is none. */
    void remove(TeammateId owner, String id);
}
