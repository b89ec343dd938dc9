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
import java.util.HashMap;
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
    /**
     * Every column {@link #contact} reads, in the order it reads them by position: a whole-table read
     * looked each of thirty labels up in every row (the driver upper-cases the label on each call).
     */
    static final String SELECT = "SELECT o.id, o.name, o.company, o.role, o.origin_event_id, o.origin_place, "
            + "o.origin_on, o.introduced_by, o.rapport, o.stage, o.next_follow_up, o.notes, o.closed_on, "
            + "o.closing_message, o.version, o.emails, o.phones, o.urls, o.offers, o.looking_for, o.foreign_fields, "
            + "o.uid, o.name_prefix, o.name_given, o.name_middle, o.name_family, o.name_suffix, o.categories, "
            + "o.reach_labels FROM contacts o";
    private static final int ID = 1;
    private static final int NAME = 2;
    private static final int COMPANY = 3;
    private static final int ROLE = 4;
    private static final int ORIGIN_EVENT_ID = 5;
    private static final int ORIGIN_PLACE = 6;
    private static final int ORIGIN_ON = 7;
    private static final int INTRODUCED_BY = 8;
    private static final int RAPPORT = 9;
    private static final int STAGE = 10;
    private static final int NEXT_FOLLOW_UP = 11;
    private static final int NOTES = 12;
    private static final int CLOSED_ON = 13;
    private static final int CLOSING_MESSAGE = 14;
    private static final int VERSION = 15;
    private static final int EMAILS = 16;
    private static final int PHONES = 17;
    private static final int URLS = 18;
    private static final int OFFERS = 19;
    private static final int LOOKING_FOR = 20;
    private static final int FOREIGN_FIELDS = 21;
    private static final int UID = 22;
    private static final int NAME_PREFIX = 23;
    private static final int NAME_GIVEN = 24;
    private static final int NAME_MIDDLE = 25;
    private static final int NAME_FAMILY = 26;
    private static final int NAME_SUFFIX = 27;
    private static final int CATEGORIES = 28;
    private static final int REACH_LABELS = 29;
    private static final int IDS_PER_READ = 500;
    /** Across reads: the search index reads everyone a page at a time. */
    private static final SharedValues SHARED = new SharedValues();

    private ContactRows() {
    }

    /** The contacts of {@code sortedIds} (ascending, no repeats), a few hundred per statement. */
    static List<Contact> loadByIds(Handle handle, List<Long> sortedIds) {
        return byIds(handle, sortedIds, SELECT, ContactRows::contact);
    }

    /**
     * The names of {@code sortedIds} (ascending, no repeats), a few hundred per statement: the rows'
     * other columns are neither fetched nor mapped.
     */
    static List<ContactName> namesByIds(Handle handle, List<Long> sortedIds) {
        return byIds(handle, sortedIds, "SELECT o.id, o.name FROM contacts o",
                rs -> new ContactName(new ContactId(rs.getLong(1)), rs.getString(2)));
    }

    /** {@code select}'s rows for {@code sortedIds}, in id order, one array parameter per statement. */
    private static <T> List<T> byIds(Handle handle, List<Long> sortedIds, String select, PlainStatements.Row<T> row) {
        List<T> found = new ArrayList<>();
        for (int from = 0; from < sortedIds.size(); from += IDS_PER_READ) {
            Long[] ids = sortedIds.subList(from, Math.min(sortedIds.size(), from + IDS_PER_READ)).toArray(Long[]::new);
            // Plainly (PlainStatements): a script reads the people it found this way, once.
            found.addAll(PlainStatements.list(handle.getConnection(), select + " WHERE o.id = ANY(?) ORDER BY o.id", row,
                    (Object) ids));
        }
        return found;
    }

    /** One query, whatever is selected: everything a contact has is in its row. */
    static List<Contact> load(Handle handle, Selection selection) {
        return selection.query(handle, SELECT + " " + selection.where() + " ORDER BY o.id")
                .map((rs, ctx) -> contact(rs))
                .list();
    }

    /** A contact from a row of {@link #SELECT}. */
    static Contact contact(ResultSet rs) throws SQLException {
        Origin origin = new Origin(Columns.id(rs, ORIGIN_EVENT_ID, EventId::new), rs.getString(ORIGIN_PLACE),
                Columns.date(rs, ORIGIN_ON), Columns.id(rs, INTRODUCED_BY, ContactId::new));
        if (origin.introducedBy().isEmpty()) {
            origin = SHARED.shared(origin); // people met at one event share it; an introducer is one person's
        }
        LocalDate closedOn = rs.getObject(CLOSED_ON, LocalDate.class);
        Optional<Closure> closure = closedOn == null ? Optional.empty()
                : Optional.of(new Closure(closedOn, rs.getString(CLOSING_MESSAGE)));
        long id = rs.getLong(ID);
        String name = rs.getString(NAME);
        Stage stage = StoredStage.read(rs.getString(STAGE), closure.isPresent(), id, name);
        Reach reach = new Reach(Columns.strings(rs, EMAILS), Columns.strings(rs, PHONES), Columns.strings(rs, URLS));
        return new Contact(new ContactId(id), name, rs.getString(COMPANY),
                rs.getString(ROLE), reach, origin, tags(rs, OFFERS), tags(rs, LOOKING_FOR),
                Rapport.of(rs.getInt(RAPPORT)), stage,
                SHARED.shared(Columns.date(rs, NEXT_FOLLOW_UP)), rs.getString(NOTES), closure, rs.getLong(VERSION),
                Columns.strings(rs, FOREIGN_FIELDS), rs.getString(UID),
                nameParts(rs),
                Columns.strings(rs, CATEGORIES), labels(Columns.strings(rs, REACH_LABELS)));
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
        PersonName parts = new PersonName(rs.getString(NAME_PREFIX), rs.getString(NAME_GIVEN),
                rs.getString(NAME_MIDDLE), rs.getString(NAME_FAMILY), rs.getString(NAME_SUFFIX));
        return parts.isEmpty() ? PersonName.EMPTY : parts;
    }

    /**
     * The contacts of {@code ids} and those holding a tag whose {@link Tag#key} is among {@code keys}, ordered
     * by id, in one pass over everyone: H2 decodes each row whole whichever columns are asked for, so a second
     * read by id would only map the kept rows again. Only the kept rows become contacts.
     */
    static List<Contact> withIdsOrTags(Handle handle, Set<Long> ids, Set<String> keys) {
        Map<String, String> keyOf = new HashMap<>(); // tags repeat from person to person
        return PlainStatements.listKept(handle.getConnection(), SELECT + " ORDER BY o.id",
                rs -> ids.contains(rs.getLong(ID)) || holdsAny(rs, OFFERS, keys, keyOf)
                        || holdsAny(rs, LOOKING_FOR, keys, keyOf), ContactRows::contact);
    }

    /** The ids of those holding a tag whose {@link Tag#key} is among {@code keys}, from the two tag columns alone. */
    static List<Long> idsHolding(Handle handle, Set<String> keys) {
        Map<String, String> keyOf = new HashMap<>();
        return PlainStatements.listKept(handle.getConnection(), "SELECT o.id, o.offers, o.looking_for FROM contacts o",
                rs -> holdsAny(rs, 2, keys, keyOf) || holdsAny(rs, 3, keys, keyOf), rs -> rs.getLong(1));
    }

    private static boolean holdsAny(ResultSet rs, int column, Set<String> keys, Map<String, String> keyOf)
            throws SQLException {
        for (String value : Columns.strings(rs, column)) {
            if (keys.contains(keyOf.computeIfAbsent(value, v -> new Tag(v).key()))) {
                return true;
            }
        }
        return false;
    }

    /** Tag sets repeat from person to person: each distinct set, and each tag in it, is held once. */
    static Set<Tag> tags(ResultSet rs, String column) throws SQLException {
        return tags(rs, rs.findColumn(column));
    }

    /** As {@link #tags(ResultSet, String)}, by the column's position. */
    static Set<Tag> tags(ResultSet rs, int column) throws SQLException {
        List<String> values = Columns.strings(rs, column);
        if (values.isEmpty()) {
            return Set.of();
        }
        Tag[] tags = new Tag[values.size()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = SHARED.shared(new Tag(values.get(i)));
        }
        // Shared by the list, not the set: two people offering the same tags in another order keep their own.
        List<Tag> typed = Arrays.asList(tags);
        return SHARED.sharedBy(typed, Tag::inOrder);
    }
}
