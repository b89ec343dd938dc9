package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.EditConflictException;
import dev.needle.application.port.out.ContactChanges;
import dev.needle.application.port.out.ContactSample;
import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.Closure;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.EventId;
import dev.needle.domain.Origin;
import dev.needle.domain.Rapport;
import dev.needle.domain.Reach;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementException;

/**
 * Contacts in SQL: one row each, with their addresses, tags and foreign fields in child rows. Every
 * row a transaction saves carries that transaction's change set, which receives the next contact
 * revision as the transaction commits; deletes leave tombstones with that revision.
 */
final class JdbiContactStore implements ContactStore {
    private static final String COLUMNS = "name, company, role, origin_event_id, origin_place, origin_on, introduced_by, "
            + "rapport, stage, next_follow_up, notes, closed_on, closing_message";
    private static final VersionedWrite WRITE = new VersionedWrite("contact",
            "INSERT INTO contacts (id, " + COLUMNS + ", change_set, version) VALUES (:id, :name, :company, :role, "
                    + ":originEvent, :originPlace, :originOn, :introducedBy, :rapport, :stage, :nextFollowUp, :notes, "
                    + ":closedOn, :closingMessage, :changeSet, 1)",
            "UPDATE contacts SET name = :name, company = :company, role = :role, origin_event_id = :originEvent, "
                    + "origin_place = :originPlace, origin_on = :originOn, introduced_by = :introducedBy, "
                    + "rapport = :rapport, stage = :stage, next_follow_up = :nextFollowUp, notes = :notes, "
                    + "closed_on = :closedOn, closing_message = :closingMessage, change_set = :changeSet, version = version + 1 "
                    + "WHERE id = :id AND version = :version");

    private enum Medium { EMAIL, PHONE, URL }

    private enum Side { OFFERS, LOOKING_FOR }

    private record Address(Medium medium, String address) {
    }

    private record SideTag(Side side, Tag tag) {
    }

    private static final int BATCH = 1000;
    private static final int IDS_PER_READ = 500;
    private static final String CLOSED = Stage.CLOSED_KINDLY.name();

    private final HandleScope scope;

    JdbiContactStore(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        return scope.read(handle -> load(handle, Selection.byId(id.value())).stream().findFirst());
    }

    @Override
    public List<Contact> findAll() {
        return scope.readWholeTables(handle -> load(handle, Selection.ALL));
    }

    /** Open, no follow-up, met at an event that has happened or has no date: {@link dev.needle.domain.AfterEvent}'s rule as SQL. */
    private static final String AWAITING_DECISION = "o.next_follow_up IS NULL AND o.stage <> :closed "
            + "AND o.origin_event_id IS NOT NULL AND (o.origin_on IS NULL OR o.origin_on <= :today)";

    /** Only the open contacts with a date: the index on next_follow_up narrows the read to them. */
    @Override
    public ContactSample sampleFollowUps(Optional<LocalDate> first, LocalDate last, int atLeast) {
        Map<String, Object> params = new HashMap<>(Map.of("last", last, "closed", CLOSED));
        first.ifPresent(from -> params.put("first", from));
        String condition = "o.next_follow_up <= :last AND o.stage <> :closed"
                + (first.isPresent() ? " AND o.next_follow_up >= :first" : "");
        return sample(condition, params, "o.next_follow_up", atLeast);
    }

    @Override
    public ContactSample sampleAwaitingDecision(LocalDate today, int atLeast) {
        return sample(AWAITING_DECISION, Map.of("today", today, "closed", CLOSED), "COALESCE(o.origin_on, :today)", atLeast);
    }

    /**
     * Counts the contacts {@code condition} selects, then loads the earliest {@code atLeast} by
     * {@code date}: the date the last of them has first (one indexed scan), then the ids of every
     * contact up to that date, so ties come whole, and those contacts by id (their child rows through
     * the child tables' keys, not a join evaluated over every child row). A few small reads instead
     * of the whole list.
     */
    private ContactSample sample(String condition, Map<String, Object> params, String date, int atLeast) {
        return scope.read(handle -> {
            int total = handle.createQuery("SELECT COUNT(*) FROM contacts o WHERE " + condition).bindMap(params)
                    .mapTo(Integer.class).one();
            Map<String, Object> bound = new HashMap<>(params);
            String upTo = "";
            if (total > atLeast) {
                LocalDate boundary = handle.createQuery("SELECT MAX(d) FROM (SELECT " + date + " AS d FROM contacts o WHERE "
                                + condition + " ORDER BY d FETCH FIRST " + Math.max(atLeast, 1) + " ROWS ONLY) page")
                        .bindMap(params).mapTo(LocalDate.class).one();
                bound.put("boundary", boundary);
                upTo = " AND " + date + " <= :boundary";
            }
            List<Long> ids = handle.createQuery("SELECT o.id FROM contacts o WHERE " + condition + upTo + " ORDER BY o.id")
                    .bindMap(bound).mapTo(Long.class).list();
            return new ContactSample(loadByIds(handle, ids), total);
        });
    }

    /**
     * The page's last id first, then its rows by id range: the child-row reads share the owner read's
     * WHERE clause, which cannot carry a row limit.
     */
    @Override
    public List<Contact> findAfter(Optional<ContactId> after, int limit) {
        if (limit < 1) {
            return List.of();
        }
        long from = after.map(ContactId::value).orElse(Long.MIN_VALUE);
        return scope.read(handle -> {
            Optional<Long> upTo = handle.createQuery("SELECT MAX(id) FROM (SELECT id FROM contacts WHERE id > :from "
                            + "ORDER BY id FETCH FIRST " + limit + " ROWS ONLY) page")
                    .bind("from", from).mapTo(Long.class).findOne();
            if (upTo.isEmpty()) {
                return List.of();
            }
            return load(handle, Selection.where("o.id > :from AND o.id <= :upTo", Map.of("from", from, "upTo", upTo.get())));
        });
    }

    /** A few hundred ids per statement: far under any driver's limit on parameters, and few round trips. */
    @Override
    public List<Contact> findByIds(Collection<ContactId> ids) {
        List<Long> sorted = ids.stream().map(ContactId::value).distinct().sorted().toList();
        if (sorted.isEmpty()) {
            return List.of();
        }
        return scope.read(handle -> loadByIds(handle, sorted));
    }

    /** The contacts of {@code sortedIds} (ascending, no repeats), a few hundred per statement. */
    private static List<Contact> loadByIds(Handle handle, List<Long> sortedIds) {
        List<Contact> found = new ArrayList<>();
        for (int from = 0; from < sortedIds.size(); from += IDS_PER_READ) {
            found.addAll(load(handle, Selection.byIds(sortedIds.subList(from, Math.min(sortedIds.size(), from + IDS_PER_READ)))));
        }
        return found;
    }

    @Override
    public Contact save(Contact contact) {
        return scope.inTransaction(handle -> {
            long changeSet = pending().changeSet(handle);
            WRITE.save(handle, contact.id().value(), contact.version(), update -> bindFields(update, contact, changeSet));
            replaceChildren(handle, contact);
            return contact.withVersion(contact.version() + 1);
        });
    }

    /**
     * New contacts go in as batches of {@value #BATCH} rows (and their child rows likewise), one round
     * trip each instead of four per contact; known ones are updated one by one, each checking its version.
     * {@code savedSoFar} hears after each batch and every {@value #BATCH} updates.
     */
    @Override
    public List<Contact> saveAll(List<Contact> contacts, IntConsumer savedSoFar) {
        if (contacts.isEmpty()) {
            savedSoFar.accept(0);
            return List.of();
        }
        return scope.inTransaction(handle -> {
            long changeSet = pending().changeSet(handle);
            List<Contact> fresh = contacts.stream().filter(contact -> contact.version() == 0).toList();
            int written = 0;
            for (int from = 0; from < fresh.size(); from += BATCH) {
                List<Contact> batch = fresh.subList(from, Math.min(fresh.size(), from + BATCH));
                insertAll(handle, batch, changeSet);
                written += batch.size();
                savedSoFar.accept(written);
            }
            List<Contact> saved = new ArrayList<>(contacts.size());
            for (Contact contact : contacts) {
                if (contact.version() > 0) {
                    WRITE.save(handle, contact.id().value(), contact.version(), update -> bindFields(update, contact, changeSet));
                    replaceChildren(handle, contact);
                    if (++written % BATCH == 0) {
                        savedSoFar.accept(written);
                    }
                }
                saved.add(contact.withVersion(contact.version() + 1));
            }
            savedSoFar.accept(written);
            return saved;
        });
    }

    private static void insertAll(Handle handle, List<Contact> fresh, long changeSet) {
        PreparedBatch rows = handle.prepareBatch(WRITE.insertSql());
        fresh.forEach(contact -> bindFields(rows, contact, changeSet).add());
        try {
            rows.execute();
        } catch (StatementException e) {
            // One of the ids is taken: another session stored that new contact first.
            if (VersionedWrite.isUniqueViolation(e)) {
                throw new EditConflictException("contact", fresh.get(0).id().value());
            }
            throw e;
        }
        ChildBatches children = new ChildBatches(handle);
        fresh.forEach(children::add);
        children.run();
    }

    /** Interactions and meeting requests go with the contact through their cascading foreign keys. */
    @Override
    public boolean delete(ContactId id) {
        return scope.inTransaction(handle -> {
            boolean deleted = handle.createUpdate("DELETE FROM contacts WHERE id = :id").bind("id", id.value()).execute() > 0;
            if (deleted) {
                pending().deleted(id.value());
            }
            return deleted;
        });
    }

    @Override
    public long revision() {
        return scope.read(ContactRevisionQueries::current);
    }

    /**
     * The counter is read first: every change up to it has committed, so the rows read next include
     * them all. Rows of later changes may show up too; they come again next time, which is harmless.
     */
    @Override
    public ContactChanges changesSince(long revision) {
        return scope.read(handle -> {
            long now = ContactRevisionQueries.current(handle);
            if (now <= revision) {
                return ContactChanges.none(revision);
            }
            List<Contact> saved = load(handle, Selection.where(
                    "o.change_set IN (SELECT s.id FROM contact_change_sets s WHERE s.revision > :since)", "since", revision));
            return new ContactChanges(saved, ContactRevisionQueries.deletedSince(handle, revision), now);
        });
    }

    private PendingContactRevision pending() {
        return scope.beforeCommit(PendingContactRevision.class, PendingContactRevision::new);
    }

    private static <S extends SqlStatement<S>> S bindFields(S statement, Contact c, long changeSet) {
        Origin origin = c.origin();
        return statement.bind("id", c.id().value())
                .bind("changeSet", changeSet)
                .bind("name", c.name())
                .bind("company", c.company())
                .bind("role", c.role())
                .bind("originEvent", origin.event().map(EventId::value).orElse(null))
                .bind("originPlace", origin.place())
                .bindByType("originOn", origin.on().orElse(null), LocalDate.class)
                .bind("introducedBy", origin.introducedBy().map(ContactId::value).orElse(null))
                .bind("rapport", c.rapport().score())
                .bind("stage", c.stage().name())
                .bindByType("nextFollowUp", c.nextFollowUp().orElse(null), LocalDate.class)
                .bind("notes", c.notes())
                .bindByType("closedOn", c.closure().map(Closure::on).orElse(null), LocalDate.class)
                .bind("closingMessage", c.closure().map(Closure::message).orElse(null));
    }

    /** Rewrites the addresses and tags inside the caller's transaction, so they change with the row. */
    private static void replaceChildren(Handle handle, Contact c) {
        long id = c.id().value();
        // A first save has just inserted the row, so no child rows can exist yet: an import of
        // thousands of new contacts is spared three statements each.
        if (c.version() > 0) {
            handle.createUpdate("DELETE FROM contact_reach WHERE contact_id = :id").bind("id", id).execute();
            handle.createUpdate("DELETE FROM contact_tags WHERE contact_id = :id").bind("id", id).execute();
            handle.createUpdate("DELETE FROM contact_foreign_fields WHERE contact_id = :id").bind("id", id).execute();
        }
        ChildBatches children = new ChildBatches(handle);
        children.add(c);
        children.run();
    }

    /** The addresses, tags and foreign fields of any number of contacts, each kind in one batch. */
    private static final class ChildBatches {
        private final PreparedBatch reach;
        private final PreparedBatch tags;
        private final PreparedBatch foreign;

        ChildBatches(Handle handle) {
            reach = handle.prepareBatch(
                    "INSERT INTO contact_reach (contact_id, medium, ordinal, address) VALUES (:id, :medium, :ordinal, :address)");
            tags = handle.prepareBatch("INSERT INTO contact_tags (contact_id, side, tag) VALUES (:id, :side, :tag)");
            foreign = handle.prepareBatch(
                    "INSERT INTO contact_foreign_fields (contact_id, ordinal, field) VALUES (:id, :ordinal, :field)");
        }

        void add(Contact c) {
            long id = c.id().value();
            addAddresses(reach, id, Medium.EMAIL, c.reach().emails());
            addAddresses(reach, id, Medium.PHONE, c.reach().phones());
            addAddresses(reach, id, Medium.URL, c.reach().urls());
            c.offers().forEach(tag -> tags.bind("id", id).bind("side", Side.OFFERS.name()).bind("tag", tag.value()).add());
            c.lookingFor().forEach(tag -> tags.bind("id", id).bind("side", Side.LOOKING_FOR.name()).bind("tag", tag.value()).add());
            List<String> fields = c.foreignFields();
            for (int i = 0; i < fields.size(); i++) {
                foreign.bind("id", id).bind("ordinal", i).bind("field", fields.get(i)).add();
            }
        }

        void run() {
            Batches.run(reach);
            Batches.run(tags);
            Batches.run(foreign);
        }
    }

    private static void addAddresses(PreparedBatch batch, long id, Medium medium, List<String> addresses) {
        for (int i = 0; i < addresses.size(); i++) {
            batch.bind("id", id).bind("medium", medium.name()).bind("ordinal", i).bind("address", addresses.get(i)).add();
        }
    }

    /** A contact row before its child rows are read: the contact is built once, with everything. */
    private record Owner(long id, String name, String company, String role, Origin origin, Rapport rapport, Stage stage,
                         Optional<LocalDate> nextFollowUp, String notes, Optional<Closure> closure, long version) {
    }

    /**
     * Owners first, their child rows after: a save committing in between can make the children newer
     * than the version read, never older, so saving with that version is refused as a conflict instead
     * of writing stale addresses back.
     */
    private static List<Contact> load(Handle handle, Selection selection) {
        List<Owner> owners = selection.query(handle, "SELECT o.* FROM contacts o " + selection.where() + " ORDER BY o.id")
                .map((rs, ctx) -> {
                    Origin origin = new Origin(Columns.id(rs, "origin_event_id", EventId::new), rs.getString("origin_place"),
                            Columns.date(rs, "origin_on"), Columns.id(rs, "introduced_by", ContactId::new));
                    LocalDate closedOn = rs.getObject("closed_on", LocalDate.class);
                    Optional<Closure> closure = closedOn == null ? Optional.empty()
                            : Optional.of(new Closure(closedOn, rs.getString("closing_message")));
                    return new Owner(rs.getLong("id"), rs.getString("name"), rs.getString("company"),
                            rs.getString("role"), origin, Rapport.of(rs.getInt("rapport")),
                            Columns.enumValue(rs, "stage", Stage.class), Columns.date(rs, "next_follow_up"),
                            rs.getString("notes"), closure, rs.getLong("version"));
                })
                .list();
        if (owners.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Address>> reach = selection.children(handle,
                "SELECT c.contact_id AS owner_id, c.medium, c.address FROM contact_reach c JOIN contacts o ON o.id = c.contact_id",
                "c.contact_id, c.medium, c.ordinal",
                (rs, ctx) -> new Address(Columns.enumValue(rs, "medium", Medium.class), rs.getString("address")));
        Map<Long, List<SideTag>> tags = selection.children(handle,
                "SELECT c.contact_id AS owner_id, c.side, c.tag FROM contact_tags c JOIN contacts o ON o.id = c.contact_id",
                "c.contact_id",
                (rs, ctx) -> new SideTag(Columns.enumValue(rs, "side", Side.class), new Tag(rs.getString("tag"))));
        Map<Long, List<String>> foreign = selection.children(handle,
                "SELECT c.contact_id AS owner_id, c.field FROM contact_foreign_fields c JOIN contacts o ON o.id = c.contact_id",
                "c.contact_id, c.ordinal",
                (rs, ctx) -> rs.getString("field"));
        List<Contact> contacts = new ArrayList<>(owners.size());
        for (Owner o : owners) {
            List<Address> addresses = reach.getOrDefault(o.id(), List.of());
            List<SideTag> sideTags = tags.getOrDefault(o.id(), List.of());
            contacts.add(new Contact(new ContactId(o.id()), o.name(), o.company(), o.role(),
                    new Reach(select(addresses, Medium.EMAIL), select(addresses, Medium.PHONE), select(addresses, Medium.URL)),
                    o.origin(), tagsOn(sideTags, Side.OFFERS), tagsOn(sideTags, Side.LOOKING_FOR), o.rapport(), o.stage(),
                    o.nextFollowUp(), o.notes(), o.closure(), o.version(), foreign.getOrDefault(o.id(), List.of())));
        }
        return contacts;
    }

    private static List<String> select(List<Address> addresses, Medium medium) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        List<String> selected = new ArrayList<>(addresses.size());
        for (Address a : addresses) {
            if (a.medium() == medium) {
                selected.add(a.address());
            }
        }
        return selected;
    }

    private static Set<Tag> tagsOn(List<SideTag> tags, Side side) {
        if (tags.isEmpty()) {
            return Set.of();
        }
        Set<Tag> on = new HashSet<>();
        for (SideTag t : tags) {
            if (t.side() == side) {
                on.add(t.tag());
            }
        }
        return on;
    }
}
