package dev.needle.adapter.persistence.jdbi;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactSearchText;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The folded texts (V25) of a batch of new contacts, written right after the batch's rows rather than
 * just before the commit with the other saves' texts ({@link PendingSearchTexts}). Each text's foreign
 * key looks its contact up: right after the insert that row is still in H2's memory, while at the
 * commit a large import's rows have long been written out and must be read back from the file
 * (docs/performance.md, "The write path of a large import"). A contact saved again in the same
 * transaction is no longer new, so its text is replaced before the commit; one deleted takes its text
 * with it through the foreign key.
 */
final class FreshSearchTexts {
    private FreshSearchTexts() {
    }

    static void insert(Handle handle, List<Contact> fresh) {
        SearchTextRows.insert(handle, textsOf(fresh));
    }

    /**
     * As {@link #insert}, without H2 looking each text's contact up for its foreign key: only for
     * {@code fresh} just inserted on this handle, in a unit that commits in steps on a database built
     * aside, which nobody else changes meanwhile. H2's setting is the whole database's and is not kept
     * in its file; it is back on before this returns.
     */
    static void insertBesideTheirRows(Handle handle, List<Contact> fresh) {
        List<ContactSearchText> texts = textsOf(fresh);
        PlainStatements.execute(handle.getConnection(), "SET REFERENTIAL_INTEGRITY FALSE");
        try {
            SearchTextRows.insert(handle, texts);
        } finally {
            PlainStatements.execute(handle.getConnection(), "SET REFERENTIAL_INTEGRITY TRUE");
        }
    }

    private static List<ContactSearchText> textsOf(List<Contact> fresh) {
        List<ContactSearchText> texts = new ArrayList<>(fresh.size());
        fresh.forEach(contact -> texts.add(ContactSearchText.of(contact)));
        return texts;
    }
}
