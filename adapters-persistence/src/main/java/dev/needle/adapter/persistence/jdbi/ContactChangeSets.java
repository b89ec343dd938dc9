package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.ContactChanges;
import dev.needle.domain.Contact;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/** What other sessions changed in the contacts since a revision, read from the change sets (V6). */
final class ContactChangeSets {
    private ContactChangeSets() {
    }

    /**
     * The counter is read first: every change up to it has committed, so the rows read next include
     * them all. Rows of later changes may show up too; they come again next time, which is harmless.
     * The change sets name the saved ids as ranges: a range of one goes with the other single ids into
     * reads by id, a longer one (an import's block) is read by its bounds.
     */
    static ContactChanges since(Handle handle, long revision) {
        long now = ContactRevisionQueries.current(handle);
        if (now <= revision) {
            return ContactChanges.none(revision);
        }
        Set<Long> single = new TreeSet<>();
        Map<Long, Contact> saved = new TreeMap<>();
        for (Object[] ranges : handle.createQuery("SELECT id_ranges FROM contact_change_sets WHERE revision > :since")
                .bind("since", revision).map((rs, ctx) -> (Object[]) rs.getArray(1).getArray()).list()) {
            for (int i = 0; i + 1 < ranges.length; i += 2) {
                long first = ((Number) ranges[i]).longValue();
                long last = ((Number) ranges[i + 1]).longValue();
                if (first == last) {
                    single.add(first);
                } else {
                    ContactRows.load(handle, Selection.where("o.id BETWEEN :first AND :last", Map.of("first", first, "last", last)))
                            .forEach(contact -> saved.put(contact.id().value(), contact));
                }
            }
        }
        single.removeAll(saved.keySet());
        ContactRows.loadByIds(handle, List.copyOf(single)).forEach(contact -> saved.put(contact.id().value(), contact));
        return new ContactChanges(List.copyOf(saved.values()), ContactRevisionQueries.deletedSince(handle, revision), now);
    }
}
