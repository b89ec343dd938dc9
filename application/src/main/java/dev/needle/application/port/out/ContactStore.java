package dev.needle.application.port.out;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.ContactName;
import dev.needle.domain.ContactSearchText;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Stores contacts. {@link #save} inserts a contact whose version is 0 and otherwise updates it only
 * if the stored version equals the given one, returning the contact with its new version; a stale
 * version raises {@link dev.needle.application.EditConflictException}.
 *
 * <p>Every committed save and delete moves the store's revision forward, in commit order, whichever
 * session (process) made it: {@link #changesSince} lets a cache in one session catch up with the others.
 */
public interface ContactStore {
    Optional<Contact> find(ContactId id);

    /** Every contact, ordered by id. */
    List<Contact> findAll();

    /**
     * Every contact, ordered by id, for a caller that reads only what lists show (name, company, role,
     * emails, tags, rapport, stage, dates): a store that keeps such copies in memory may answer with
     * them, without notes, UIDs, phones or URLs. Never saved back: whole contacts come from {@link #find}.
     */
    default List<Contact> findAllListed() {
        return findAll();
    }

    /**
     * True when {@link #findAllListed} answers from what is already read, without first reading
     * everyone: a screen that can do without that list for a moment draws its first frame without it.
     */
    default boolean listedAtHand() {
        return true;
    }

    /**
     * Runs {@code then} once, on whatever thread finishes reading, when {@link #listedAtHand} turns true
     * after being false; never when it is true already. A store that always has its list at hand never does.
     */
    default void whenListedAtHand(Runnable then) {
        // Always at hand: nothing to wait for.
    }

    /**
     * True when the read {@link #whenListedAtHand} waits for failed: the list will not come by itself
     * (those waiting were told), {@link #readListedAgain} asks for it again.
     */
    default boolean listedReadFailed() {
        return false;
    }

    /** Reads everyone again after {@link #listedReadFailed}; those still waiting are told when it ends. */
    default void readListedAgain() {
        // Always at hand: nothing to read again.
    }

    /**
     * Open contacts (not closed kindly) whose next follow-up falls from {@code first} (when given) to
     * {@code last}, sampled by that date ({@link ContactSample}): overdue follow-ups pile up, and a
     * first screen shows only the oldest. {@link dev.needle.domain.FollowUps#due} sorts the rows.
     */
    ContactSample sampleFollowUps(Optional<LocalDate> first, LocalDate last, int atLeast);

    /**
     * Open contacts with no next follow-up who were met at an event dated on or before {@code today}
     * (or undated), sampled by that date, undated counting as {@code today}: the longest waiting first,
     * as {@link dev.needle.domain.AfterEvent#undecided}, which judges the rows, orders them.
     */
    ContactSample sampleAwaitingDecision(LocalDate today, int atLeast);

    /**
     * Up to {@code limit} contacts whose ids come after {@code after} (from the first when empty),
     * ordered by id: reads everyone a page at a time, so a reader never holds two copies of all of them.
     */
    List<Contact> findAfter(Optional<ContactId> after, int limit);

    /** The contacts among {@code ids} that exist, ordered by id. */
    List<Contact> findByIds(Collection<ContactId> ids);

    /**
     * The names of the contacts among {@code ids} that exist, ordered by id, equal to
     * {@code ContactName.of} each of {@link #findByIds}'s contacts: a list that shows many people and
     * opens one at a time reads these, and a store that can read the name alone does.
     */
    default List<ContactName> findNames(Collection<ContactId> ids) {
        List<ContactName> names = new ArrayList<>();
        for (Contact contact : findByIds(ids)) {
            names.add(ContactName.of(contact));
        }
        return names;
    }

    /**
     * The contacts among {@code ids} and everyone holding one of {@code tags} (as {@link Tag#sameAs})
     * among what they offer or look for, ordered by id: who a keep-in-touch cadence may apply to. A store
     * asks everyone's tags in one pass and makes whole contacts only of the people it keeps.
     */
    List<Contact> findByIdsOrTags(Collection<ContactId> ids, Collection<Tag> tags);

    /**
     * Every contact's folded search text ({@link ContactSearchText}), ordered by id, equal to
     * {@code ContactSearchText.of} each of {@link #findAll}'s contacts. A store that keeps the folded
     * texts beside the contacts, current with every write, answers without reading or folding the details.
     */
    default List<ContactSearchText> findSearchTexts() {
        return findAll().stream().map(ContactSearchText::of).toList();
    }

    Contact save(Contact contact);

    /**
     * Saves each contact as {@link #save} would, in order, returning them with their new versions.
     * Stores that can write many rows in one round trip (an import stores thousands) override the
     * two-argument form.
     */
    default List<Contact> saveAll(List<Contact> contacts) {
        return saveAll(contacts, savedSoFar -> { });
    }

    /**
     * The same, telling {@code savedSoFar} now and then how many of the contacts are written, so a long
     * import can show how far it has got.
     */
    default List<Contact> saveAll(List<Contact> contacts, IntConsumer savedSoFar) {
        List<Contact> saved = new ArrayList<>(contacts.size());
        contacts.forEach(contact -> {
            saved.add(save(contact));
            savedSoFar.accept(saved.size());
        });
        return saved;
    }

    /** Removes the contact, its interactions and meeting requests; false when it did not exist. */
    boolean delete(ContactId id);

    /** The store's current revision: every committed contact change is at or below it; 0 for a store never written to. */
    long revision();

    /**
     * Contacts saved and ids deleted by changes committed after {@code revision}, in any session, with
     * the revision they bring the caller to. Cheap when nothing changed: a cache may ask before every read.
     */
    ContactChanges changesSince(long revision);
}
