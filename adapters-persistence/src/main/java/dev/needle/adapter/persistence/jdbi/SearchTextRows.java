package dev.needle.adapter.persistence.jdbi;

import dev.needle.domain.ContactId;
import dev.needle.domain.ContactSearchText;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** The rows of {@code contact_search_texts} (V25): one folded search text per contact. */
final class SearchTextRows {
    private static final int BATCH = 1000;

    private SearchTextRows() {
    }

    /** Every kept text, ordered by contact id; read plainly ({@link PlainStatements}), as every script's search does. */
    static List<ContactSearchText> all(Handle handle) {
        return PlainStatements.list(handle.getConnection(),
                "SELECT contact_id, name_length, search_text FROM contact_search_texts ORDER BY contact_id",
                row -> new ContactSearchText(new ContactId(row.getLong(1)), row.getString(3), row.getInt(2)));
    }

    static void delete(Handle handle, Collection<Long> ids) {
        PreparedBatch rows = handle.prepareBatch("DELETE FROM contact_search_texts WHERE contact_id = :id");
        ids.forEach(id -> rows.bind("id", id).add());
        Batches.run(rows);
    }

    static void deleteAll(Handle handle) {
        handle.execute("DELETE FROM contact_search_texts");
    }

    /** Inserts the texts (their contacts have none kept), bound by position as {@link ContactInsertBatch} binds. */
    static void insert(Handle handle, List<ContactSearchText> texts) {
        if (texts.isEmpty()) {
            return;
        }
        try (PreparedStatement rows = handle.getConnection().prepareStatement(
                "INSERT INTO contact_search_texts (contact_id, name_length, search_text) VALUES (?, ?, ?)")) {
            for (int from = 0; from < texts.size(); from += BATCH) {
                for (ContactSearchText text : texts.subList(from, Math.min(texts.size(), from + BATCH))) {
                    rows.setLong(1, text.id().value());
                    rows.setInt(2, text.nameLength());
                    rows.setString(3, text.text());
                    rows.addBatch();
                }
                rows.executeBatch();
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("Could not keep " + texts.size() + " search texts", e, null);
        }
    }
}
