package dev.needle.application.index;

import dev.needle.domain.AfterEvent;
import dev.needle.domain.Contact;
import dev.needle.domain.FollowUps;
import dev.needle.domain.triage.OfferDirectory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The lists screens ask for again and again (everyone by id, what people offer, the follow-ups due,
 * the undecided), each built from the indexed contacts on first ask and kept until a contact changes
 * or the day does. Not thread-safe: {@link ContactSearchIndex} calls it under its own lock.
 */
final class DerivedLists {
    private List<Contact> all;
    private OfferDirectory offers;
    private FollowUps followUps;
    private List<Contact> undecided;
    private LocalDate undecidedOn;

    /** Every contact, ordered by id ({@code byId}, the snapshot's own array: copied here). */
    List<Contact> all(Contact[] byId) {
        if (all == null) {
            all = List.of(byId);
        }
        return all;
    }

    OfferDirectory offers(Contact[] contacts) {
        if (offers == null) {
            offers = OfferDirectory.of(Arrays.asList(contacts));
        }
        return offers;
    }

    /** The follow-ups due as of {@code today} ({@link FollowUps#due}): the screens ask on every switch. */
    FollowUps followUpsDue(Contact[] contacts, LocalDate today) {
        if (followUps == null || !followUps.today().equals(today)) {
            followUps = FollowUps.due(Arrays.asList(contacts), today);
        }
        return followUps;
    }

    /**
     * How many open contacts have a follow-up due on or before {@code today}: one pass that counts,
     * where {@link #followUpsDue} sorts lists, since the tab bar asks after every key.
     */
    int followUpsDueCount(Contact[] contacts, LocalDate today) {
        if (followUps != null && followUps.today().equals(today)) {
            return followUps.overdue().size() + followUps.dueToday().size();
        }
        int due = 0;
        for (Contact contact : contacts) {
            if (!contact.isClosed() && contact.nextFollowUp().filter(on -> !on.isAfter(today)).isPresent()) {
                due++;
            }
        }
        return due;
    }

    /** The contacts awaiting the after-event decision as of {@code today} ({@link AfterEvent#undecided}). */
    List<Contact> undecided(Contact[] contacts, LocalDate today) {
        if (undecided == null || !undecidedOn.equals(today)) {
            undecided = AfterEvent.undecided(Arrays.asList(contacts), today);
            undecidedOn = today;
        }
        return undecided;
    }

    /** A contact changed: every list is built again on its next ask. */
    void clear() {
        all = null;
        offers = null;
        followUps = null;
        undecided = null;
    }
}
