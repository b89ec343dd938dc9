package dev.needle.adapter.persistence.jdbi;

import dev.needle.domain.ContactId;
import dev.needle.domain.ContactSearchFields;
import dev.needle.domain.Nicknames;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The searched details of every contact ({@link ContactSearchFields}): nine of a contact's thirty
 * columns, read without building whole contacts, for a search that runs once. Of the foreign fields
 * only the nicknames are kept ({@link Nicknames}); the rest of each row's array is dropped as it is read.
 */
final class ContactSearchRows {
    private ContactSearchRows() {
    }

    private static final String COLUMNS = "SELECT o.id, o.name, o.company, o.role, o.offers, o.looking_for, o.emails, "
            + "o.notes, o.foreign_fields FROM contacts o ";
    private static final int IDS_PER_READ = 500;

    static List<ContactSearchFields> all(Handle handle) {
        return handle.createQuery(COLUMNS + "ORDER BY o.id")
                .map((rs, ctx) -> fields(rs))
                .list();
    }

    /** Those of {@code sortedIds} (ascending, no repeats) that exist, a few hundred per statement. */
    static List<ContactSearchFields> byIds(Handle handle, List<Long> sortedIds) {
        List<ContactSearchFields> found = new ArrayList<>();
        for (int from = 0; from < sortedIds.size(); from += IDS_PER_READ) {
            Selection ids = Selection.byIds(sortedIds.subList(from, Math.min(sortedIds.size(), from + IDS_PER_READ)));
            found.addAll(ids.query(handle, COLUMNS + ids.where() + " ORDER BY o.id").map((rs, ctx) -> fields(rs)).list());
        }
        return found;
    }

    /** Read as {@link ContactRows#contact} reads the same columns, so the folded text is the same. */
    private static ContactSearchFields fields(ResultSet rs) throws SQLException {
        return new ContactSearchFields(new ContactId(rs.getLong("id")), rs.getString("name"), rs.getString("company"),
                rs.getString("role"), ContactRows.tags(rs, "offers"), ContactRows.tags(rs, "looking_for"),
                Columns.strings(rs, "emails"), rs.getString("notes"),
                Nicknames.in(Columns.strings(rs, "foreign_fields")));
    }
}
