package dev.needle.application.service;

import dev.needle.application.port.in.ImportContactsUseCase;
import dev.needle.application.port.in.ImportProgress;
import dev.needle.application.port.in.ImportReport;
import dev.needle.application.port.in.ImportReport.Kind;
import dev.needle.application.port.in.ImportReport.Outcome;
import dev.needle.application.port.in.ImportedPerson;
import dev.needle.application.port.in.NeedleFields;
import dev.needle.application.port.in.PreparedPerson;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.ContactMatcher;
import dev.needle.domain.ContactMerge;
import dev.needle.domain.DuplicateKey;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.Origin;
import dev.needle.domain.Rapport;
import dev.needle.domain.Reach;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports people in one (large) unit of work: each record is matched against the known contacts and the
 * records before it, then created or merged; only the final state of each touched contact is saved.
 */
public final class ImportContactsService implements ImportContactsUseCase {
    private static final int ID_BLOCK = 1000;
    private static final int FIRST_BLOCK = 8;
    /** The largest block of ids drawn at once (an array of this many longs). */
    private static final int MOST_IDS = 65_536;
    private final ContactStore contacts;
    private final IdSource ids;
    private final Transactions transactions;

    public ImportContactsService(ContactStore contacts, IdSource ids, Transactions transactions) {
        this.contacts = contacts;
        this.ids = ids;
        this.transactions = transactions;
    }

    @Override
    public ImportReport importContacts(Iterable<ImportedPerson> people, boolean dryRun, ImportProgress progress) {
        int total = people instanceof Collection<?> known ? known.size() : ImportProgress.UNKNOWN;
        Iterable<PreparedPerson> prepared = () -> new Iterator<>() {
            private final Iterator<ImportedPerson> each = people.iterator();

            @Override
            public boolean hasNext() {
                return each.hasNext();
            }

            @Override
            public PreparedPerson next() {
                return PreparedPerson.of(each.next());
            }
        };
        return importPrepared(prepared, total, dryRun, progress);
    }

    @Override
    public ImportReport importPrepared(Iterable<PreparedPerson> people, boolean dryRun, ImportProgress progress) {
        int total = people instanceof Collection<?> known ? known.size() : ImportProgress.UNKNOWN;
        return importPrepared(people, total, dryRun, progress);
    }

    private ImportReport importPrepared(Iterable<PreparedPerson> people, int total, boolean dryRun, ImportProgress progress) {
        return transactions.inLargeTransaction(() -> {
            Run run = new Run(contacts.findAll(), dryRun, total);
            List<Outcome> outcomes = new ArrayList<>(Math.max(total, 16));
            for (PreparedPerson person : people) {
                outcomes.add(run.take(person));
                progress.matched(outcomes.size(), total);
            }
            if (total == ImportProgress.UNKNOWN) {
                progress.matched(outcomes.size(), outcomes.size());
            }
            if (!dryRun) {
                List<Contact> changed = run.changed();
                progress.stored(0, changed.size());
                contacts.saveAll(changed, saved -> progress.stored(saved, changed.size()));
            }
            return new ImportReport(outcomes, dryRun);
        });
    }

    /**
     * One contact as the import goes: its latest state, whether the import changed it, and which
     * record created it (0 for one known before). One map entry per contact instead of three maps.
     */
    private static final class Tracked {
        private Contact contact;
        private boolean changed;
        private final int createdBy;

        Tracked(Contact contact, boolean changed, int createdBy) {
            this.contact = contact;
            this.changed = changed;
            this.createdBy = createdBy;
        }
    }

    /** The state of one import: everything known so far, and what it changed (in the order first changed). */
    private final class Run {
        private final Map<ContactId, Tracked> current = new HashMap<>();
        /** Contacts by UID: a card that carries one is the same person as the contact that has it. */
        private final Map<String, ContactId> byUid = new HashMap<>();
        private final List<Tracked> changed = new ArrayList<>();
        private final ContactMatcher matcher;
        private final boolean dryRun;
        private long provisionalId = Long.MAX_VALUE;
        private final int people;
        private long[] block = new long[0];
        private int blockUsed;
        private int drawn;

        /** {@code people}: how many records are coming, or {@link ImportProgress#UNKNOWN}. */
        Run(List<Contact> known, boolean dryRun, int people) {
            this.people = people;
            known.forEach(contact -> current.put(contact.id(), new Tracked(contact, false, 0)));
            known.forEach(contact -> byUid.putIfAbsent(contact.uid(), contact.id()));
            this.matcher = new ContactMatcher(known);
            this.dryRun = dryRun;
        }

        Outcome take(PreparedPerson prepared) {
            ImportedPerson person = prepared.person();
            Optional<String> name = prepared.name();
            if (name.isEmpty()) {
                return outcome(person, Kind.SKIPPED, "(no name)", "no name, email or profile URL", List.of());
            }
            try {
                Reach reach = prepared.reach();
                ContactId sameUid = person.uid().isEmpty() ? null : byUid.get(person.uid());
                if (sameUid != null) {
                    Tracked known = current.get(sameUid);
                    return merge(person, known, toContact(person, name.get(), reach, known.contact.id()), null);
                }
                List<DuplicateKey> keys = prepared.keys();
                ContactMatcher.Lookup lookup = matcher.lookUp(keys);
                Optional<ContactMatcher.Match> match = lookup.match();
                if (match.isEmpty()) {
                    return create(person, toContact(person, name.get(), reach, nextId()), keys, namesakeNote(lookup));
                }
                Tracked known = current.get(match.get().contact());
                return merge(person, known, toContact(person, name.get(), reach, known.contact.id()), match.get().key());
            } catch (InvalidValueException invalid) {
                return outcome(person, Kind.SKIPPED, name.get(), invalid.getMessage(), List.of());
            }
        }

        private Outcome merge(ImportedPerson person, Tracked known, Contact incoming, DuplicateKey key) {
            Contact before = known.contact;
            ContactMerge merge = before.absorb(incoming);
            if (merge.changed(before)) {
                known.contact = merge.merged();
                if (!known.changed) {
                    known.changed = true;
                    changed.add(known);
                }
                matcher.rememberMerge(before, merge.merged());
            }
            String why = key == null ? "same UID" : key.reason();
            if (!merge.changed(before) && merge.notes().isEmpty()) {
                return outcome(person, Kind.UNCHANGED, incoming.name(), "known as " + describe(before, known.createdBy)
                        + ": " + why, List.of());
            }
            return outcome(person, Kind.MERGED, incoming.name(), "merged with " + describe(before, known.createdBy) + ": "
                    + why, merge.notes());
        }

        List<Contact> changed() {
            List<Contact> latest = new ArrayList<>(changed.size());
            changed.forEach(p -> latest.add(p.contact));
            return latest;
        }

        /** {@code keys}: the record's, which are the new contact's (made of the same name, company and reach). */
        private Outcome create(ImportedPerson person, Contact created, List<DuplicateKey> keys, List<String> notes) {
            Tracked added = new Tracked(created, true, person.record());
            current.put(created.id(), added);
            changed.add(added);
            matcher.remember(created.id(), keys);
            // A UID drawn just now cannot be on a later record: only the file's own are looked up again.
            if (!person.uid().isEmpty()) {
                byUid.putIfAbsent(created.uid(), created.id());
            }
            return outcome(person, Kind.CREATED, created.name(), "", notes);
        }

        /** Two people of one name at one company, told apart by their profiles or emails: the user may want to know. */
        private List<String> namesakeNote(ContactMatcher.Lookup lookup) {
            return lookup.namesake()
                    .map(namesake -> List.of("kept apart from " + describe(current.get(namesake))
                            + ": same name and company, " + lookup.apart().orElseThrow().reason()))
                    .orElse(List.of());
        }

        private String describe(Tracked known) {
            return describe(known.contact, known.createdBy);
        }

        private String describe(Contact contact, int createdBy) {
            return createdBy > 0 ? contact.name() + " (record " + createdBy + " of this import)"
                    : contact.name() + " (id " + contact.id() + ")";
        }

        /**
         * Built in one go, as met and not yet rated unless the file carried Needle's own fields back:
         * a record becomes one contact, validated once. It keeps the file's UID, or gets a new one.
         */
        private Contact toContact(ImportedPerson person, String name, Reach reach, ContactId id) {
            NeedleFields needle = person.needle();
            Origin origin = new Origin(Optional.empty(), needle.metAt(),
                    needle.metOn().isPresent() ? needle.metOn() : person.connectedOn(), Optional.empty());
            Set<Tag> offers = Tag.union(needle.offers(), person.tags().stream().map(Tag::of).toList());
            // A closing message closes the contact; a closed stage without its message cannot stand.
            Stage stage = needle.closure().isPresent() ? Stage.CLOSED_KINDLY
                    : needle.stage().filter(s -> s != Stage.CLOSED_KINDLY).orElse(Stage.MET);
            String uid = person.uid().isEmpty() ? Contact.newUid() : person.uid();
            return new Contact(id, name, person.company(), person.role(), reach, origin, offers, needle.lookingFor(),
                    needle.rapport().orElse(Rapport.UNRATED), stage,
                    stage == Stage.CLOSED_KINDLY ? Optional.empty() : needle.nextFollowUp(), person.notes(),
                    needle.closure(), 0, person.foreignFields(), uid, person.nameParts(), person.categories(),
                    person.reachLabels());
        }

        /**
         * Only a created contact takes an id; a dry run stores nothing, so it takes none from the source.
         * Ids come in blocks (one round trip each instead of one per contact); the few left unused at
         * the end are simply skipped, as a crash would skip them. When the number of records is not
         * known, blocks start small and double, so a one-card import skips no more than a few ids. Past
         * a thousand, a block is as large as all drawn before it (up to {@link #MOST_IDS}, and no more
         * than the records left): a new folder's block is a statement that commits, and 100 000 people
         * took a hundred of them; the ids skipped stay fewer than those used.
         */
        private ContactId nextId() {
            if (dryRun) {
                return new ContactId(provisionalId--);
            }
            if (blockUsed == block.length) {
                int size = people == ImportProgress.UNKNOWN ? Math.max(FIRST_BLOCK, drawn) : Math.max(1, people - drawn);
                int most = Math.max(ID_BLOCK, Math.min(drawn, MOST_IDS));
                block = ids.nextBlock(Math.min(most, size));
                blockUsed = 0;
                drawn += block.length;
            }
            return new ContactId(block[blockUsed++]);
        }
    }

    /** The reader's remarks on the record (a value it set aside) come first among the notes. */
    private static Outcome outcome(ImportedPerson person, Kind kind, String name, String reason, List<String> notes) {
        List<String> all = notes;
        if (!person.remarks().isEmpty()) {
            all = new ArrayList<>(person.remarks());
            all.addAll(notes);
        }
        return new Outcome(person.record(), person.line(), kind, name, reason, all);
    }
}
