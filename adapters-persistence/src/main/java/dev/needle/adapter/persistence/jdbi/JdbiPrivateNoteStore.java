package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.PrivateNoteStore;
import dev.needle.domain.ContactId;
import dev.needle.domain.PrivateNote;
import dev.needle.domain.TeammateId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Private notes in SQL (V20): replaced whole by delete and insert, in one transaction. */
final class JdbiPrivateNoteStore implements PrivateNoteStore {
    private static final String COLUMNS = "SELECT contact_id, author_id, note_text, changed_at FROM private_notes ";
    private final HandleScope scope;

    JdbiPrivateNoteStore(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public Optional<PrivateNote> find(ContactId contact, TeammateId author) {
        return scope.read(handle -> handle.createQuery(COLUMNS + "WHERE contact_id = :contact AND author_id = :author")
                .bind("contact", contact.value()).bind("author", author.value()).map((rs, ctx) -> note(rs)).findOne());
    }

    @Override
    public List<PrivateNote> onContact(ContactId contact) {
        return scope.read(handle -> handle.createQuery(COLUMNS + "WHERE contact_id = :contact ORDER BY author_id")
                .bind("contact", contact.value()).map((rs, ctx) -> note(rs)).list());
    }

    @Override
    public Map<ContactId, PrivateNote> byAuthor(TeammateId author) {
        return scope.read(handle -> handle.createQuery(COLUMNS + "WHERE author_id = :author")
                .bind("author", author.value()).map((rs, ctx) -> note(rs))
                .collect(Collectors.toMap(PrivateNote::contact, n -> n)));
    }

    @Override
    public List<PrivateNote> findAll() {
        return scope.read(handle -> handle.createQuery(COLUMNS + "ORDER BY contact_id, author_id")
                .map((rs, ctx) -> note(rs)).list());
    }

    @Override
    public void save(PrivateNote note) {
        scope.write(handle -> {
            handle.createUpdate("DELETE FROM private_notes WHERE contact_id = :contact AND author_id = :author")
                    .bind("contact", note.contact().value()).bind("author", note.author().value()).execute();
            if (!note.isBlank()) {
                handle.createUpdate("INSERT INTO private_notes (contact_id, author_id, note_text, changed_at) "
                                + "VALUES (:contact, :author, :text, :at)")
                        .bind("contact", note.contact().value()).bind("author", note.author().value())
                        .bind("text", note.text()).bindByType("at", note.changedAt(), LocalDateTime.class)
                        .execute();
            }
            return null;
        });
    }

    private static PrivateNote note(ResultSet rs) throws SQLException {
        return new PrivateNote(new ContactId(rs.getLong("contact_id")), new TeammateId(rs.getLong("author_id")),
                rs.getString("note_text"), Columns.dateTime(rs, "changed_at").orElseThrow());
    }
}
