package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.EditConflictException;
import dev.needle.domain.Closure;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.EventId;
import dev.needle.domain.Origin;
import dev.needle.domain.PersonName;
import dev.needle.domain.Tag;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * New contacts inserted as one JDBC batch, their columns bound by position. JDBI's named binding looks
 * up each of the 28 parameters by name and finds an argument factory for each value's type, for every
 * row: on a large import that cost a sixth of the storing (docs/performance.md). The columns are the
 * store's own ({@link JdbiContactStore#COLUMNS}), in that order.
 */
final class ContactInsertBatch {
    private static final String SQL = insertSql();

    private ContactInsertBatch() {
    }

    private static String insertSql() {
        int columns = JdbiContactStore.COLUMNS.split(",").length;
        return "INSERT INTO contacts (id, " + JdbiContactStore.COLUMNS + ", version) VALUES (?"
                + ", ?".repeat(columns) + ", 1)";
    }

    /** Inserts {@code fresh} (all at version 0) in one round trip; an id already taken is an edit conflict. */
    static void insert(Handle handle, List<Contact> fresh) {
        try (PreparedStatement rows = handle.getConnection().prepareStatement(SQL)) {
            for (Contact contact : fresh) {
                bind(rows, contact);
                rows.addBatch();
            }
            rows.executeBatch();
        } catch (SQLException e) {
            // One of the ids is taken: another session stored that new contact first.
            if (VersionedWrite.isUniqueViolation(e)) {
                throw new EditConflictException("contact", fresh.get(0).id().value());
            }
            throw new UnableToExecuteStatementException("Could not store " + fresh.size() + " new contacts", e, null);
        }
    }

    private static void bind(PreparedStatement row, Contact c) throws SQLException {
        Origin origin = c.origin();
        PersonName name = c.nameParts();
        int i = 0;
        row.setLong(++i, c.id().value());
        row.setString(++i, c.name());
        row.setString(++i, c.company());
        row.setString(++i, c.role());
        setId(row, ++i, origin.event().map(EventId::value));
        row.setString(++i, origin.place());
        setDate(row, ++i, origin.on());
        setId(row, ++i, origin.introducedBy().map(ContactId::value));
        row.setInt(++i, c.rapport().score());
        row.setString(++i, c.stage().name());
        setDate(row, ++i, c.nextFollowUp());
        row.setString(++i, c.notes());
        setDate(row, ++i, c.closure().map(Closure::on));
        row.setString(++i, c.closure().map(Closure::message).orElse(null));
        row.setObject(++i, texts(c.reach().emails()));
        row.setObject(++i, texts(c.reach().phones()));
        row.setObject(++i, texts(c.reach().urls()));
        row.setObject(++i, tags(c.offers()));
        row.setObject(++i, tags(c.lookingFor()));
        row.setObject(++i, texts(c.foreignFields()));
        row.setString(++i, c.uid());
        row.setString(++i, name.prefix());
        row.setString(++i, name.given());
        row.setString(++i, name.middle());
        row.setString(++i, name.family());
        row.setString(++i, name.suffix());
        row.setObject(++i, texts(c.categories()));
        row.setObject(++i, texts(JdbiContactStore.labelTriples(c.reachLabels())));
    }

    private static void setId(PreparedStatement row, int position, Optional<Long> id) throws SQLException {
        if (id.isPresent()) {
            row.setLong(position, id.get());
        } else {
            row.setNull(position, Types.BIGINT);
        }
    }

    private static void setDate(PreparedStatement row, int position, Optional<LocalDate> date) throws SQLException {
        if (date.isPresent()) {
            row.setObject(position, date.get());
        } else {
            row.setNull(position, Types.DATE);
        }
    }

    /** A plain {@code String[]}: H2 and the PostgreSQL driver both make the SQL array themselves. */
    private static String[] texts(List<String> values) {
        return values.toArray(String[]::new);
    }

    /** In order, so the same tags always make the same array (as {@link JdbiContactStore} writes them). */
    private static String[] tags(Set<Tag> tags) {
        String[] values = new String[tags.size()];
        int i = 0;
        for (Tag tag : tags) {
            values[i++] = tag.value(); // as typed: the array keeps their order
        }
        return values;
    }
}
