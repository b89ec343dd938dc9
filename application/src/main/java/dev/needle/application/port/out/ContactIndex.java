package dev.needle.application.port.out;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.FollowUps;
import dev.needle.domain.triage.OfferDirectory;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Contacts answered from memory: a contact store that also searches and lists everyone without
 * reading the whole table again. Every answer includes what other sessions have committed.
 */
public interface ContactIndex extends ContactStore, ContactSearch {
    /**
     * Contacts whose details contain every word of {@code query}, at most {@code limit}: whole words
     * in the name first, then words that begin a detail, then words inside one, by name within each;
     * when that finds few, people the query would find but for a typo follow.
     */
    @Override
    List<Contact> search(String query, int limit);

    /** What the people you know offer, for triage. */
    OfferDirectory offers();

    /**
     * What the Today screen shows of people as of {@code today}: the names of {@code ids} (the
     * requests' people, whom a row only names), the follow-ups due and the contacts awaiting the
     * after-event decision, the long lists cut to the first {@code shown} with their totals.
     */
    TodaysPeople todaysPeople(LocalDate today, Collection<ContactId> ids, int shown);

    /** How many follow-ups are due today or overdue. */
    int followUpsDueCount(LocalDate today);

    /** Every follow-up due as of {@code today}. */
    FollowUps followUpsDue(LocalDate today);

    /** Every contact awaiting the after-event decision as of {@code today}. */
    List<Contact> undecided(LocalDate today);

    /**
     * Looks up the contacts of a screen that resolves many ids at once; an id outside {@code ids} is
     * still found, one read each.
     */
    Function<ContactId, Optional<Contact>> lookup(Collection<ContactId> ids);

    /**
     * Starts reading everyone into memory without waiting for it, so the first search does not; once
     * read, tells whoever waits for the list of everyone ({@link #whenListedAtHand}).
     */
    void warmUpInBackground();
}
