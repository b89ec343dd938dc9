package dev.needle.adapter.persistence.jdbi;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactSearchText;
import dev.needle.domain.SearchText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The folded search texts (V25) of the contacts a transaction saves, written just before it commits,
 * after {@link PendingContactRevision} has taken its revision: each contact's last save only, none for
 * one it deleted (its text goes with it through the foreign key). The state then follows the revision
 * if the texts were whole before ({@link SearchTextState#followed}). New contacts saved together have
 * their texts written with their batch instead ({@link FreshSearchTexts}).
 */
final class PendingSearchTexts implements HandleScope.BeforeCommit {
    private final Map<Long, Contact> saved = new LinkedHashMap<>();
    /** Saved before, so a text may be kept for them already. */
    private final Set<Long> known = new HashSet<>();

    void saved(Contact contact) {
        long id = contact.id().value();
        saved.put(id, contact);
        if (contact.version() > 0) {
            known.add(id);
        }
    }

    void deleted(long id) {
        saved.remove(id);
    }

    @Override
    public void beforeCommit(Handle handle) {
        int fold = SearchText.version();
        if (!saved.isEmpty()) {
            SearchTextRows.delete(handle, known);
            List<ContactSearchText> texts = new ArrayList<>(saved.size());
            saved.values().forEach(contact -> texts.add(ContactSearchText.of(contact)));
            SearchTextRows.insert(handle, texts);
        }
        SearchTextState.followed(handle, ContactRevisionQueries.current(handle), fold);
    }
}
