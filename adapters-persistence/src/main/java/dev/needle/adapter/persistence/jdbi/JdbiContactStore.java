package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.ContactChanges;
import dev.needle.application.port.out.ContactSample;
import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.Closure;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.ContactName;
import dev.needle.domain.ContactSearchText;
import dev.needle.domain.EventId;
import dev.needle.domain.Origin;
import dev.needle.domain.ReachLabels;
import dev.needle.domain.SearchText;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.AbstractList;
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
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Contacts in SQL: one row each, their addresses, tags and foreign fields in array columns. Every
 * transaction that saves or deletes contacts records them under the next contact revision as it
 * commits ({@link PendingContactRevision}).
 */
final class JdbiContactStore implements ContactStore {
    /** The columns after the id, in the order {@link ContactInsertBatch} binds them. */
    static final String COLUMNS = "name, company, role, origin_event_id, origin_place, origin_on, introduced_by, "
            + "rapport, stage, next_follow_up, notes, closed_on, closing_message, emails, phones, urls, offers, looking_for, "
            + "foreign_fields, uid, name_prefix, name_given, name_middle, name_family, name_suffix, categories, reach_labels";
    private static final VersionedWrite WRITE = new VersionedWrite("contact",
            "INSERT INTO contacts (id, " + COLUMNS + ", version) VALUES (:id, :name, :company, :role, "
                    + ":originEvent, :originPlace, :originOn, :introducedBy, :rapport, :stage, :nextFollowUp, :notes, "
                    + ":closedOn, :closingMessage, :emails, :phones, :urls, :offers, :lookingFor, :foreignFields, "
                    + ":uid, :namePrefix, :nameGiven, :nameMiddle, :nameFamily, :nameSuffix, :categories, :reachLabels, 1)",
            "UPDATE contacts SET name = :name, company = :company, role = :role, origin_event_id = :originEvent, "
                    + "origin_place = :originPlace, origin_on = :originOn, introduced_by = :introducedBy, "
                    + "rapport = :rapport, stage = :stage, next_follow_up = :nextFollowUp, notes = :notes, "
                    + "closed_on = :closedOn, closing_message = :closingMessage, emails = :emails, phones = :phones, urls = :urls, "
                    + "offers = :offers, looking_for = :lookingFor, foreign_fields = :foreignFields, "
                    + "uid = :uid, name_prefix = :namePrefix, name_given = :nameGiven, name_middle = :nameMiddle, "
                    + "name_family = :nameFamily, name_suffix = :nameSuffix, categories = :categories, "
                    + "reach_labels = :reachLabels, version = version + 1 "
                    + "WHERE id = :id AND version = :version");

    private static final int BATCH = 1000;
    private static final String CLOSED = Stage.CLOSED_KINDLY.name();

    private final HandleScope scope;

    JdbiContactStore(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        return scope.read(handle -> ContactRows.load(handle, Selection.byId(id.value())).stream().findFirst());
    }

    @Override
    public List<Contact> findAll() {
        return scope.readWholeTables(handle -> ContactRows.load(handle, Selection.ALL));
    }

    /** Only the open contacts with a date: the index on next_follow_up narrows the read to them. */
    @Override
    public ContactSample sampleFollowUps(Optional<LocalDate> first, LocalDate last, int atLeast) {
        Map<String, Object> params = new HashMap<>(Map.of("last", last, "closed", CLOSED));
        first.ifPresent(from -> params.put("first", from));
        String condition = ContactSamples.followUps(first.isPresent());
        return scope.read(handle -> ContactSamples.sample(handle, condition, params, ContactSamples.FOLLOW_UP_DAY, atLeast));
    }

    @Override
    public ContactSample sampleAwaitingDecision(LocalDate today, int atLeast) {
        return scope.read(handle -> ContactSamples.sample(handle, ContactSamples.AWAITING_DECISION,
                Map.of("today", today, "closed", CLOSED), ContactSamples.AWAITING_SINCE, atLeast));
    }

    @Override
    public List<Contact> findAfter(Optional<ContactId> after, int limit) {
        if (limit < 1) {
            return List.of();
        }
        long from = after.map(ContactId::value).orElse(Long.MIN_VALUE);
        return scope.read(handle -> handle.createQuery(ContactRows.SELECT + " WHERE o.id > :from ORDER BY o.id "
                        + "FETCH FIRST " + limit + " ROWS ONLY")
                .bind("from", from).map((rs, ctx) -> ContactRows.contact(rs)).list());
    }

    /** A few hundred ids per statement (one array parameter): few round trips, each a short result. */
    @Override
    public List<Contact> findByIds(Collection<ContactId> ids) {
        List<Long> sorted = sortedValues(ids);
        return sorted.isEmpty() ? List.of() : scope.read(handle -> ContactRows.loadByIds(handle, sorted));
    }

    /** The name column alone, as {@link #findByIds} reads the rows. */
    @Override
    public List<ContactName> findNames(Collection<ContactId> ids) {
        List<Long> sorted = sortedValues(ids);
        return sorted.isEmpty() ? List.of() : scope.read(handle -> ContactRows.namesByIds(handle, sorted));
    }

    private static List<Long> sortedValues(Collection<ContactId> ids) {
        return ids.stream().map(ContactId::value).distinct().sorted().toList();
    }

    @Override
    public List<Contact> findByIdsOrTags(Collection<ContactId> ids, Collection<Tag> tags) {
        if (tags.isEmpty()) {
            return findByIds(ids);
        }
        Set<Long> wanted = new HashSet<>();
        ids.forEach(id -> wanted.add(id.value()));
        Set<String> keys = new HashSet<>();
        tags.forEach(tag -> keys.add(tag.key()));
        if (scope.readsRowsWhole()) {
            return scope.readWholeTables(handle -> ContactRows.withIdsOrTags(handle, wanted, keys));
        }
        // Everyone's tags alone, then whole contacts of those kept: the others' photos are never read.
        List<ContactId> kept = new ArrayList<>(ids);
        scope.read(handle -> ContactRows.idsHolding(handle, keys)).forEach(id -> kept.add(new ContactId(id)));
        return findByIds(kept);
    }

    /** The kept texts (V25), folded here where they cannot be trusted; what was folded is kept then. */
    @Override
    public List<ContactSearchText> findSearchTexts() {
        int fold = SearchText.version();
        KeptSearchTexts.Read read = scope.readWholeTables(handle -> KeptSearchTexts.read(handle, fold));
        if (!scope.inTransaction()) {
            KeptSearchTexts.keep(scope, read, fold);
        }
        return read.texts();
    }

    @Override
    public Contact save(Contact contact) {
        return scope.write(handle -> {
            WRITE.save(handle, contact.id().value(), contact.version(), update -> bindFields(update, contact));
            pending().saved(contact.id().value());
            searchTexts().saved(contact);
            return contact.withVersion(contact.version() + 1);
        });
    }

    /**
     * New contacts go in as batches of {@value #BATCH} rows, one round trip each instead of one per
     * contact, each batch followed by its contacts' folded texts ({@link FreshSearchTexts}); known ones
     * are updated one by one, each checking its version, their texts written before the commit.
     * {@code savedSoFar} hears after each batch and every {@value #BATCH} updates.
     */
    @Override
    public List<Contact> saveAll(List<Contact> contacts, IntConsumer savedSoFar) {
        if (contacts.isEmpty()) {
            savedSoFar.accept(0);
            return List.of();
        }
        return scope.write(handle -> {
            PendingContactRevision revision = pending();
            PendingSearchTexts texts = searchTexts();
            List<Contact> fresh = contacts.stream().filter(contact -> contact.version() == 0).toList();
            int written = 0;
            // In steps on a database built aside, the new contacts' texts go in on a connection of their own.
            try (SearchTextsBeside beside = scope.inSteps() && fresh.size() > BATCH
                    ? new SearchTextsBeside(scope.openBeside()) : null) {
                for (int from = 0; from < fresh.size(); from += BATCH) {
                    List<Contact> batch = fresh.subList(from, Math.min(fresh.size(), from + BATCH));
                    insertAll(handle, batch);
                    if (beside != null) {
                        beside.add(batch);
                    } else if (scope.inSteps()) {
                        FreshSearchTexts.insertBesideTheirRows(handle, batch);
                    } else {
                        FreshSearchTexts.insert(handle, batch);
                    }
                    scope.commitStep(handle);
                    written += batch.size();
                    savedSoFar.accept(written);
                }
                if (beside != null) {
                    beside.finish();
                }
            }
            for (Contact contact : contacts) {
                if (contact.version() > 0) {
                    WRITE.save(handle, contact.id().value(), contact.version(), update -> bindFields(update, contact));
                    if (++written % BATCH == 0) {
                        savedSoFar.accept(written);
                    }
                    texts.saved(contact);
                }
                revision.saved(contact.id().value());
            }
            savedSoFar.accept(written);
            return savedVersions(contacts);
        });
    }

    /**
     * The contacts at their new versions, each made when asked for: an import never looks at them, and
     * making 100 000 again, each checked anew, took it a twentieth of a second and as many objects.
     */
    private static List<Contact> savedVersions(List<Contact> contacts) {
        List<Contact> before = List.copyOf(contacts);
        return new AbstractList<>() {
            @Override
            public Contact get(int index) {
                Contact contact = before.get(index);
                return contact.withVersion(contact.version() + 1);
            }

            @Override
            public int size() {
                return before.size();
            }
        };
    }

    private static void insertAll(Handle handle, List<Contact> fresh) {
        ContactInsertBatch.insert(handle, fresh);
    }

    /** Interactions and meeting requests go with the contact through their cascading foreign keys. */
    @Override
    public boolean delete(ContactId id) {
        return scope.write(handle -> {
            boolean deleted = handle.createUpdate("DELETE FROM contacts WHERE id = :id").bind("id", id.value()).execute() > 0;
            if (deleted) {
                pending().deleted(id.value());
                searchTexts().deleted(id.value());
            }
            return deleted;
        });
    }

    @Override
    public long revision() {
        return scope.read(ContactRevisionQueries::current);
    }


    @Override
    public ContactChanges changesSince(long revision) {
        return scope.read(handle -> ContactChangeSets.since(handle, revision));
    }

    private PendingContactRevision pending() {
        return scope.beforeCommit(PendingContactRevision.class, PendingContactRevision::new);
    }

    /** Asked after {@link #pending}, so its hook runs after the revision is taken. */
    private PendingSearchTexts searchTexts() {
        return scope.beforeCommit(PendingSearchTexts.class, PendingSearchTexts::new);
    }

    private static <S extends SqlStatement<S>> S bindFields(S statement, Contact c) {
        Origin origin = c.origin();
        return statement.bind("id", c.id().value())
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
                .bind("closingMessage", c.closure().map(Closure::message).orElse(null))
                .bind("emails", SqlArray.of(c.reach().emails()))
                .bind("phones", SqlArray.of(c.reach().phones()))
                .bind("urls", SqlArray.of(c.reach().urls()))
                .bind("offers", SqlArray.of(tagValues(c.offers())))
                .bind("lookingFor", SqlArray.of(tagValues(c.lookingFor())))
                .bind("foreignFields", SqlArray.of(c.foreignFields()))
                .bind("uid", c.uid())
                .bind("namePrefix", c.nameParts().prefix())
                .bind("nameGiven", c.nameParts().given())
                .bind("nameMiddle", c.nameParts().middle())
                .bind("nameFamily", c.nameParts().family())
                .bind("nameSuffix", c.nameParts().suffix())
                .bind("categories", SqlArray.of(c.categories()))
                .bind("reachLabels", SqlArray.of(labelTriples(c.reachLabels())));
    }

    /** Address, kinds, preference for each label, flat: see V7. */
    static List<String> labelTriples(ReachLabels labels) {
        List<String> flat = new ArrayList<>(labels.byAddress().size() * 3);
        labels.byAddress().forEach((address, label) -> {
            flat.add(address);
            flat.add(String.join(",", label.types()));
            flat.add(Integer.toString(label.preference()));
        });
        return flat;
    }

    /** In order, so the same tags always make the same array. */
    private static List<String> tagValues(Set<Tag> tags) {
        if (tags.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(tags.size());
        tags.forEach(tag -> values.add(tag.value())); // as typed: the array keeps their order
        return values;
    }
}
