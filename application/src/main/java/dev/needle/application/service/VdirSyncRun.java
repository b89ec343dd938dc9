package dev.needle.application.service;

import dev.needle.application.port.in.SyncVdirUseCase;
import dev.needle.application.port.in.SyncVdirUseCase.Change;
import dev.needle.application.port.in.SyncVdirUseCase.SyncReport;
import dev.needle.application.port.out.AddressCards;
import dev.needle.application.port.out.AddressCards.ReadCard;
import dev.needle.application.port.out.AddressCards.UnreadableCardException;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.SyncStateStore;
import dev.needle.application.port.out.SyncedCard;
import dev.needle.application.port.out.VdirCard;
import dev.needle.application.port.out.VdirFolder;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.ContactMatcher;
import dev.needle.domain.DuplicateKey;
import dev.needle.domain.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One sync run: first a plan (every change to each side, so a dry run can print it and the safety
 * stop can count deletions before anything is touched), then, unless dry or stopped, the plan applied.
 *
 * <p>Which side changed is told by the state the last run left ({@link SyncedCard}): a contact whose
 * version moved changed in Needle; a file whose etag moved changed in the address book. Items with no
 * state yet are paired first by UID, then by the importers' duplicate rules ({@link DuplicateKey}).
 * An edit beats a deletion: a contact deleted on one side and changed on the other comes back.
 *
 * <p>A card Needle writes with something new to say of the person says it was revised at {@code now};
 * a card it only gives a UID, or writes back with nothing changed, keeps the revision it had, so khard,
 * a server or a phone never reads an old card as new nor a new one as old.
 */
final class VdirSyncRun {
    /** Stands in for an id while a card is only being looked at, or a dry run would add a contact. */
    private static final long PLACEHOLDER = Long.MAX_VALUE;

    record Sides(ContactStore contacts, IdSource ids, SyncStateStore states, VdirFolder vdir, AddressCards cards,
                 InteractionStore interactions, MeetingRequestStore requests) {
    }

    /** A card file as read now; {@code read} is empty when it could not be read (then it is left alone). */
    private record File(VdirCard card, Optional<ReadCard> read) {
    }

    private final Sides sides;
    private final LocalDate today;
    private final Instant now;
    private final boolean dryRun;
    private final boolean force;
    private final String location;
    private final List<Runnable> work = new ArrayList<>();
    private final List<Change> needleChanges = new ArrayList<>();
    private final List<Change> cardChanges = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final Map<String, File> unpairedFiles = new TreeMap<>();
    private final Map<ContactId, Contact> unpairedContacts = new TreeMap<>();
    private final java.util.Set<String> takenHrefs = new java.util.HashSet<>();
    private long provisional = PLACEHOLDER - 1;

    VdirSyncRun(Sides sides, LocalDate today, Instant now, boolean dryRun, boolean force) {
        this.sides = sides;
        this.today = today;
        this.now = now;
        this.dryRun = dryRun;
        this.force = force;
        this.location = sides.vdir().location();
    }

    SyncReport run() {
        List<SyncedCard> state = sides.states().all(location);
        for (VdirCard card : sides.vdir().cards()) {
            takenHrefs.add(card.href());
            unpairedFiles.put(card.href(), new File(card, readAlone(card)));
        }
        sides.contacts().findAll().forEach(c -> unpairedContacts.put(c.id(), c));
        int needleBefore = unpairedContacts.size();
        int cardsBefore = (int) state.stream().filter(synced -> !synced.keptApart()).count();
        for (SyncedCard synced : state) {
            unlessInvalid(synced.href(), () -> planSynced(synced));
        }
        pairByUid();
        pairByDuplicateKeys();
        List.copyOf(unpairedFiles.values()).forEach(file -> unlessInvalid(file.card().href(), () -> planNewCard(file)));
        List.copyOf(unpairedContacts.values()).forEach(this::planNewContact);
        String stopped = safetyStop(needleBefore, cardsBefore);
        if (!dryRun && stopped.isEmpty()) {
            work.forEach(Runnable::run);
        }
        return new SyncReport(location, dryRun, needleChanges, cardChanges, conflicts, skipped, stopped);
    }

    // ---- items synced before -------------------------------------------------------------------

    private void planSynced(SyncedCard synced) {
        if (synced.keptApart()) {
            planKeptApart(synced);
            return;
        }
        Contact contact = unpairedContacts.remove(synced.contact());
        File file = unpairedFiles.remove(synced.href());
        if (file == null) {
            file = renamed(synced.uid());
        }
        if (file != null && file.read().isEmpty()) {
            return; // unreadable: said once in skipped, and neither side is touched
        }
        boolean needleChanged = contact != null && contact.version() != synced.version();
        boolean cardChanged = file != null && !file.card().etag().equals(synced.etag());
        if (contact == null && file == null) {
            work.add(() -> sides.states().remove(location, synced.contact()));
        } else if (contact == null) {
            if (cardChanged) {
                work.add(() -> sides.states().remove(location, synced.contact()));
                addToNeedle(file, "changed in the address book after it was deleted in Needle, so kept");
            } else {
                deleteCard(synced, file);
            }
        } else if (file == null) {
            if (needleChanged) {
                writeCard(contact, synced.uid(), synced.href(), Change.Kind.ADDED,
                        "changed in Needle after it was deleted from the address book, so kept");
            } else {
                deleteContact(synced, contact);
            }
        } else if (needleChanged || cardChanged) {
            mergeChanged(synced, contact, file);
        }
    }

    /** A card renamed by another program keeps its UID: the file with that UID that nobody claimed. */
    private File renamed(String uid) {
        for (File file : unpairedFiles.values()) {
            if (file.read().flatMap(ReadCard::uid).filter(uid::equals).isPresent()) {
                unpairedFiles.remove(file.card().href());
                return file;
            }
        }
        return null;
    }

    private void deleteCard(SyncedCard synced, File file) {
        cardChanges.add(new Change(Change.Kind.DELETED, nameOf(file), file.card().href()));
        work.add(() -> {
            sides.vdir().delete(file.card().href());
            sides.states().remove(location, synced.contact());
        });
    }

    /**
     * A contact kept in Needle when its card was deleted: left out of the address book from then on,
     * unless a card with its UID comes back (the deletion undone), which pairs them again.
     */
    private void planKeptApart(SyncedCard synced) {
        Contact contact = unpairedContacts.remove(synced.contact());
        File file = renamed(synced.uid());
        if (contact == null) {
            work.add(() -> sides.states().remove(location, synced.contact()));
            if (file != null) {
                unpairedFiles.put(file.card().href(), file); // a card with no contact: brought in as new
            }
        } else if (file != null) {
            unlessInvalid(file.card().href(), () -> pairFirstTime(contact, file));
        }
    }

    private void deleteContact(SyncedCard synced, Contact contact) {
        String history = history(contact.id());
        if (!history.isEmpty()) {
            // Their history would go with them: the contact stays, the card's deletion is respected.
            needleChanges.add(new Change(Change.Kind.KEPT, contact.name(), "deleted from the address book; kept for "
                    + history + ", and no longer synced with it"));
            work.add(() -> sides.states().put(location, synced.keptApart(contact.version())));
            return;
        }
        needleChanges.add(new Change(Change.Kind.DELETED, contact.name(), "deleted from the address book"));
        work.add(() -> {
            sides.contacts().delete(contact.id());
            sides.states().remove(location, synced.contact());
        });
    }

    /** What Needle holds of {@code contact} beyond the card, in words ("2 interactions"); empty when nothing. */
    private String history(ContactId contact) {
        int interactions = sides.interactions().findByContact(contact).size();
        int requests = sides.requests().findByContact(contact).size();
        List<String> held = new ArrayList<>();
        if (interactions > 0) {
            held.add(interactions + (interactions == 1 ? " interaction" : " interactions"));
        }
        if (requests > 0) {
            held.add(requests + (requests == 1 ? " meeting request" : " meeting requests"));
        }
        return String.join(" and ", held);
    }

    /** Both sides are here and at least one changed: the three-way merge against the last synced card. */
    private void mergeChanged(SyncedCard synced, Contact contact, File file) {
        Contact base = readOnto(synced.href(), synced.base().getBytes(StandardCharsets.UTF_8), contact)
                .orElseGet(() -> asCard(contact, synced.uid()));
        Contact theirs = readOnto(file.card().href(), file.card().bytes(), contact).orElseThrow();
        SyncMerge merge = SyncMerge.of(base, asCard(contact, synced.uid()), theirs, contact, today);
        merge.conflictNote().ifPresent(note -> conflicts.add(contact.name() + ": " + note));
        settle(contact, merge.merged(), file, synced.uid());
    }

    // ---- items with no state yet -----------------------------------------------------------------

    private void pairByUid() {
        Map<String, Contact> byUid = new HashMap<>();
        unpairedContacts.values().forEach(c -> sides.cards().uid(c).ifPresent(uid -> byUid.putIfAbsent(uid, c)));
        for (File file : List.copyOf(unpairedFiles.values())) {
            Optional<String> uid = file.read().flatMap(ReadCard::uid);
            Contact contact = uid.map(byUid::get).orElse(null);
            if (contact != null && unpairedContacts.containsKey(contact.id())) {
                unlessInvalid(file.card().href(), () -> pairFirstTime(contact, file));
            }
        }
    }

    private void pairByDuplicateKeys() {
        ContactMatcher matcher = new ContactMatcher(List.copyOf(unpairedContacts.values()));
        for (File file : List.copyOf(unpairedFiles.values())) {
            if (file.read().isEmpty()) {
                continue;
            }
            Optional<ContactMatcher.Match> match = matcher.lookUp(DuplicateKey.of(file.read().get().contact())).match();
            if (match.isPresent() && unpairedContacts.containsKey(match.get().contact())) {
                Contact contact = unpairedContacts.get(match.get().contact());
                unlessInvalid(file.card().href(), () -> pairFirstTime(contact, file));
            }
        }
    }

    /** The same person on both sides, never synced: Needle's values are kept, the card fills what is empty. */
    private void pairFirstTime(Contact contact, File file) {
        unpairedContacts.remove(contact.id());
        unpairedFiles.remove(file.card().href());
        Contact theirs = readOnto(file.card().href(), file.card().bytes(), contact).orElseThrow();
        SyncMerge merge = SyncMerge.firstTime(contact, theirs, today);
        merge.conflictNote().ifPresent(note -> conflicts.add(contact.name() + ": " + note));
        String uid = file.read().flatMap(ReadCard::uid).or(() -> sides.cards().uid(contact)).orElseGet(VdirSyncRun::newUid);
        settle(contact, merge.merged(), file, uid);
    }

    /** A card with no contact: a new contact in Needle (and the card gains a UID if it had none). */
    private void planNewCard(File file) {
        unpairedFiles.remove(file.card().href());
        if (file.read().isEmpty()) {
            return;
        }
        addToNeedle(file, "from " + file.card().href());
    }

    private void addToNeedle(File file, String detail) {
        ContactId id = dryRun ? new ContactId(provisional--) : new ContactId(sides.ids().next());
        Contact read = readOnto(file.card().href(), file.card().bytes(), Contact.created(id, file.card().href()))
                .orElseThrow();
        Optional<String> uid = file.read().flatMap(ReadCard::uid);
        // The contact takes the card's UID, so an export or a second address book knows it as the same card.
        Contact created = withUid(read, uid.orElse(read.uid()));
        needleChanges.add(new Change(Change.Kind.ADDED, created.name(), detail));
        if (uid.isEmpty()) {
            cardChanges.add(new Change(Change.Kind.UPDATED, created.name(), file.card().href() + ": given a UID"));
        }
        work.add(() -> {
            Contact saved = sides.contacts().save(created);
            byte[] bytes = sides.cards().rewrite(saved, saved.uid(), file.card().bytes(), Optional.empty());
            String etag = uid.isPresent() ? file.card().etag() : sides.vdir().write(file.card().href(), bytes);
            sides.states().put(location, new SyncedCard(saved.id(), file.card().href(), etag, saved.version(),
                    saved.uid(), text(bytes)));
        });
    }

    private static Contact withUid(Contact c, String uid) {
        return new Contact(c.id(), c.name(), c.company(), c.role(), c.reach(), c.origin(), c.offers(), c.lookingFor(),
                c.rapport(), c.stage(), c.nextFollowUp(), c.notes(), c.closure(), 0, c.foreignFields(), uid,
                c.nameParts(), c.categories(), c.reachLabels());
    }

    /** A contact with no card: a new card, named after its UID. */
    private void planNewContact(Contact contact) {
        unpairedContacts.remove(contact.id());
        String uid = sides.cards().uid(contact).orElseGet(VdirSyncRun::newUid);
        writeCard(contact, uid, freeHref(uid), Change.Kind.ADDED, "");
    }

    private void writeCard(Contact contact, String uid, String href, Change.Kind kind, String detail) {
        takenHrefs.add(href);
        cardChanges.add(new Change(kind, contact.name(), detail.isEmpty() ? href : href + ": " + detail));
        work.add(() -> {
            byte[] bytes = sides.cards().write(contact, uid, now);
            String etag = sides.vdir().write(href, bytes);
            sides.states().put(location, new SyncedCard(contact.id(), href, etag, contact.version(), uid, text(bytes)));
        });
    }

    /**
     * Plans one item, or leaves both its sides as they are when the merge cannot make a valid contact
     * (notes grown past their limit by a conflict note, say): listed, never half-synced.
     */
    private void unlessInvalid(String href, Runnable planning) {
        try {
            planning.run();
        } catch (InvalidValueException invalid) {
            skipped.add(href + ": left as it is on both sides: " + invalid.getMessage());
        }
    }

    // ---- shared steps ----------------------------------------------------------------------------

    /**
     * Plans what makes both sides hold {@code merged}: the contact saved when it differs from Needle's,
     * the card rewritten when its values differ from the file's, and the state recorded either way.
     * The file and the card to write are compared as each reads alone: read onto Needle's contact, a
     * card from another program (no X-NEEDLE lines) would seem to hold Needle's own fields already, and
     * a stage or tag changed in Needle would never reach it.
     */
    private void settle(Contact contact, Contact merged, File file, String uid) {
        List<String> needleFields = Contact.FIELDS.diff(contact, merged).fields();
        String href = file.card().href();
        Contact fileAlone = file.read().orElseThrow().contact();
        Contact cardAlone = readOnto(href, sides.cards().rewrite(merged, uid, file.card().bytes(), Optional.empty()),
                Contact.capture(new ContactId(PLACEHOLDER), href)).orElseThrow();
        List<String> cardFields = Contact.FIELDS.diff(fileAlone, cardAlone).fields();
        boolean uidMissing = file.read().flatMap(ReadCard::uid).filter(uid::equals).isEmpty();
        if (!needleFields.isEmpty()) {
            needleChanges.add(new Change(Change.Kind.UPDATED, merged.name(), String.join(", ", needleFields)));
        }
        if (!cardFields.isEmpty() || uidMissing) {
            List<String> said = new ArrayList<>(cardFields);
            if (uidMissing) {
                said.add("UID");
            }
            cardChanges.add(new Change(Change.Kind.UPDATED, merged.name(), file.card().href() + ": " + String.join(", ", said)));
        }
        boolean writeCard = !cardFields.isEmpty() || uidMissing;
        Optional<Instant> revised = cardFields.isEmpty() ? Optional.empty() : Optional.of(now);
        work.add(() -> {
            Contact saved = needleFields.isEmpty() ? contact : sides.contacts().save(merged);
            byte[] bytes = sides.cards().rewrite(saved, uid, file.card().bytes(), revised);
            String etag = writeCard ? sides.vdir().write(file.card().href(), bytes) : file.card().etag();
            sides.states().put(location, new SyncedCard(saved.id(), file.card().href(), etag, saved.version(), uid,
                    text(bytes)));
        });
    }

    /**
     * Stops the whole run when it would delete more than {@link SyncVdirUseCase#SAFETY_PERCENT} percent
     * of one side's contacts (and more than one): usually a folder emptied or moved by mistake, not a
     * wish. Empty when the run may go ahead.
     */
    private String safetyStop(int needleBefore, int cardsBefore) {
        if (force) {
            return "";
        }
        long needleDeletes = needleChanges.stream().filter(c -> c.kind() == Change.Kind.DELETED).count();
        long cardDeletes = cardChanges.stream().filter(c -> c.kind() == Change.Kind.DELETED).count();
        if (tooMany(needleDeletes, needleBefore)) {
            return "this would delete " + needleDeletes + " of your " + needleBefore + " contacts in Needle";
        }
        if (tooMany(cardDeletes, cardsBefore)) {
            return "this would delete " + cardDeletes + " of the " + cardsBefore + " cards in " + location;
        }
        return "";
    }

    private static boolean tooMany(long deletes, int before) {
        return deletes > 1 && deletes * 100 > (long) SyncVdirUseCase.SAFETY_PERCENT * before;
    }

    private Optional<ReadCard> readAlone(VdirCard card) {
        try {
            return Optional.of(sides.cards().read(card.href(), card.bytes(), Contact.capture(new ContactId(PLACEHOLDER),
                    card.href())));
        } catch (UnreadableCardException unreadable) {
            skipped.add(unreadable.getMessage()); // it names the file already
            return Optional.empty();
        } catch (InvalidValueException invalid) {
            skipped.add(card.href() + ": " + invalid.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Contact> readOnto(String href, byte[] bytes, Contact onto) {
        try {
            return Optional.of(sides.cards().read(href, bytes, onto).contact());
        } catch (UnreadableCardException | InvalidValueException unreadable) {
            return Optional.empty();
        }
    }

    /** The contact as a card shows it: what a card does not carry stays as Needle has it. */
    private Contact asCard(Contact contact, String uid) {
        return readOnto("", sides.cards().write(contact, uid, now), contact).orElse(contact);
    }

    /**
     * A file name from the UID when it is a plain one, as vdirsyncer names its files; else one derived
     * from the UID, so a dry run names the file the real run then writes.
     */
    private String freeHref(String uid) {
        String stem = uid.matches("[A-Za-z0-9._@-]{1,100}") && !uid.startsWith(".") ? uid
                : UUID.nameUUIDFromBytes(uid.getBytes(StandardCharsets.UTF_8)).toString();
        String href = stem + ".vcf";
        for (int n = 2; takenHrefs.contains(href) || sides.vdir().exists(href); n++) {
            href = stem + "-" + n + ".vcf";
        }
        takenHrefs.add(href);
        return href;
    }

    private static String nameOf(File file) {
        return file.read().map(read -> read.contact().name()).orElse(file.card().href());
    }

    private static String newUid() {
        return UUID.randomUUID().toString();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
