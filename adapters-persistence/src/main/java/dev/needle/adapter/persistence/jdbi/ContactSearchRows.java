package dev.needle.adapter.persistence.jdbi;

import dev.needle.domain.ContactId;
import dev.needle.domain.ContactSearchFields;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The searched details of every contact ({@link ContactSearchFields}): eight of a contact's thirty
 * columns, read without building whole contacts, for a search that runs once.
 */
final class ContactSearchRows {
    private ContactSearchRows() {
    }

    static List<ContactSearchFields> all(Handle handle) {
        return handle.createQuery("SELECT id, name, company, role, offers, looking_for, emails, notes "
                        + "FROM contacts ORDER BY id")
                .map((rs, ctx) -> fields(rs))
                .list();
    }

    /** Read as {@link ContactRows#contact} reads the same columns, so the folded text is the same. */
    private static ContactSearchFields fields(ResultSet rs) throws SQLException {
        return new ContactSearchFields(new ContactId(rs.getLong("id")), rs.getString("name"), rs.getString("company"),
                rs.getString("role"), ContactRows.tags(rs, "offers"), ContactRows.tags(rs, "looking_for"),
                Columns.strings(rs, "emails"), rs.getString("notes"));
    }
}
