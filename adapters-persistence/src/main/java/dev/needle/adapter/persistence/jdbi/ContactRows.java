package dev.needle.adapter.persistence.jdbi;

import dev.needle.domain.Closure;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.ContactName;
import dev.needle.domain.EventId;
import dev.needle.domain.Origin;
import dev.needle.domain.PersonName;
import dev.needle.domain.Rapport;
import dev.needle.domain.Reach;
import dev.needle.domain.ReachLabel;
import dev.needle.domain.ReachLabels;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Contacts read back from their rows: one row each, with their addresses, tags and foreign fields in
 * array columns (see {@link JdbiContactStore} for how they are written).
 */
final class ContactRows {
    private static final int IDS_PER_READ = 500;
    /** Across reads: the search index reads everyone a page at a time. */
    private static final SharedValues SHARED = new SharedValues();

    private ContactRows() {
    }

    /** The contacts of {@code sortedIds} (ascending, no repeats), a few hundred per statement. */
    static List<Contact> loadByIds(Handle handle, List<Long> sortedIds) {
        List<Contact> found = new ArrayList<>();
        for (int from = 0; from < sortedIds.size(); from += IDS_PER_READ) {
            Long[] ids = sortedIds.subList(from, Math.min(sortedIds.size(), from + IDS_PER_READ)).toArray(Long[]::new);
            // Plainly (PlainStatements): a script reads the people it found this way, once.
            found.addAll(PlainStatements.list(handle.getConnection(), "SELECT o.* FROM contacts o WHERE o.id = ANY(?) ORDER BY o.id",
                    ContactRows::contact, (Object) ids));
        }
        return found;
    }

    /**
     * The names of {@code sortedIds} (ascending, no repeats), a few hundred per statement: the rows'
     * other columns are neither fetched nor mapped.
     */
    static List<ContactName> namesByIds(Handle handle, List<Long> sortedIds) {
        List<ContactName> found = new ArrayList<>();
        for (int from = 0; from < sortedIds.size(); from += IDS_PER_READ) {
            Long[] ids = sortedIds.subList(from, Math.min(sortedIds.size(), from + IDS_PER_READ)).toArray(Long[]::new);
            found.addAll(PlainStatements.list(handle.getConnection(), "SELECT o.id, o.name FROM contacts o WHERE o.id = ANY(?) ORDER BY o.id",
                    rs -> new ContactName(new ContactId(rs.getLong(1)), rs.getString(2)), (Object) ids));
        }
        return found;
    }

    /** One query, whatever is selected: everything a contact has is in its row. */
    static List<Contact> load(Handle handle, Selection selection) {
        return selection.query(handle, "SELECT o.* FROM contacts o " + selection.where() + " ORDER BY o.id")
                .map((rs, ctx) -> contact(rs))
                .list();
    }

    static Contact contact(ResultSet rs) throws SQLException {
        Origin origin = new Origin(Columns.id(rs, "origin_event_id", EventId::new), rs.getString("origin_place"),
                Columns.date(rs, "origin_on"), Columns.id(rs, "introduced_by", ContactId::new));
        if (origin.introducedBy().isEmpty()) {
            origin = SHARED.shared(origin); // people met at one event share it; an introducer is one person's
        }
        LocalDate closedOn = rs.getObject("closed_on", LocalDate.class);
        Optional<Closure> closure = closedOn == null ? Optional.empty()
                : Optional.of(new Closure(closedOn, rs.getString("closing_message")));
        Reach reach = new Reach(Columns.strings(rs, "emails"), Columns.strings(rs, "phones"), Columns.strings(rs, "urls"));
        return new Contact(new ContactId(rs.getLong("id")), rs.getString("name"), rs.getString("company"),
                rs.getString("role"), reach, origin, tags(rs, "offers"), tags(rs, "looking_for"),
                Rapport.of(rs.getInt("rapport")), Columns.enumValue(rs, "stage", Stage.class),
                SHARED.shared(Columns.date(rs, "next_follow_up")), rs.getString("notes"), closure, rs.getLong("version"),
                Columns.strings(rs, "foreign_fields"), rs.getString("uid"),
                nameParts(rs),
                Columns.strings(rs, "categories"), labels(Columns.strings(rs, "reach_labels")));
    }

    private static ReachLabels labels(List<String> flat) {
        if (flat.isEmpty()) {
            return ReachLabels.NONE;
        }
        Map<String, ReachLabel> byAddress = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 2 < flat.size(); i += 3) {
            List<String> types = flat.get(i + 1).isEmpty() ? List.of() : List.of(flat.get(i + 1).split(","));
            byAddress.put(flat.get(i), new ReachLabel(types, Integer.parseInt(flat.get(i + 2))));
        }
        return new ReachLabels(byAddress);
    }

    private static PersonName nameParts(ResultSet rs) throws SQLException {
        PersonName parts = new PersonName(rs.getString("name_prefix"), rs.getString("name_given"),
                rs.getString("name_middle"), rs.getString("name_family"), rs.getString("name_suffix"));
        return parts.isEmpty() ? PersonName.EMPTY : parts;
    }

    /** Tag sets repeat from person to person: each distinct set, and each tag in it, is held once. */
    static Set<Tag> tags(ResultSet rs, String column) throws SQLException {
        List<String> values = Columns.strings(rs, column);
        if (values.isEmpty()) {
            return Set.of();
        }
        Tag[] tags = new Tag[values.size()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = SHARED.shared(new Tag(values.get(i)));
        }
        return SHARED.shared(Set.copyOf(Arrays.asList(tags))); // copyOf: a repeated value is no error
    }
}
