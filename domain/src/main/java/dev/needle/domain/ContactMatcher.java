package dev.needle.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the known contact an incoming record is the same person as. Every contact is indexed once by
 * all its {@link DuplicateKey}s, so matching a record costs a few map look-ups however many are known.
 * A name and company is the weakest key: it does not join two people whose LinkedIn profiles differ
 * (two Jo Smiths at one large company are common; one member with two profiles is not), nor two
 * records that both carry emails, none shared, when only one of them has a LinkedIn profile: the
 * name is then all that ties them, and what identifies them disagrees.
 */
public final class ContactMatcher {
    private final Map<DuplicateKey, ContactId> byKey = new HashMap<>();
    /**
     * The LinkedIn profiles of the contacts that have any: what a name-and-company match is checked
     * against. Nearly always one each, so a small immutable list rather than a set per contact.
     */
    private final Map<ContactId, List<DuplicateKey>> profiles = new HashMap<>();
    /** The contacts that have at least one email: what a name-and-company match is also checked against. */
    private final Set<ContactId> withEmail = new HashSet<>();

    /** The contact found, and the key that tied the record to it. */
    public record Match(ContactId contact, DuplicateKey key) {
    }

    public ContactMatcher(List<Contact> known) {
        known.forEach(this::remember);
    }

    /** Indexes the contact by its keys; a key already taken keeps pointing at the first contact. */
    public void remember(Contact contact) {
        remember(contact.id(), DuplicateKey.of(contact));
    }

    /**
     * The same, with the keys already worked out: {@code keys} must be {@link DuplicateKey#of} the
     * contact's name, company and reach (an import has just derived them to look the record up).
     */
    public void remember(ContactId id, List<DuplicateKey> keys) {
        for (DuplicateKey key : keys) {
            byKey.putIfAbsent(key, id);
            rememberProfile(id, key);
            if (key.kind() == DuplicateKey.Kind.EMAIL) {
                withEmail.add(id);
            }
        }
    }

    private void rememberProfile(ContactId id, DuplicateKey key) {
        if (!key.isLinkedInProfile()) {
            return;
        }
        List<DuplicateKey> known = profiles.get(id);
        if (known == null) {
            profiles.put(id, List.of(key));
        } else if (!known.contains(key)) {
            List<DuplicateKey> more = new ArrayList<>(known);
            more.add(key);
            profiles.put(id, List.copyOf(more));
        }
    }

    /**
     * Indexes what a merge added to a contact remembered before it: the keys of {@code before} are in
     * place already, so only addresses it did not have, and name and company if they changed, are
     * looked at. Same outcome as {@link #remember}{@code (after)}, without re-deriving every key of a
     * contact that has absorbed many records.
     */
    public void rememberMerge(Contact before, Contact after) {
        ContactId id = after.id();
        added(before.reach().emails(), after.reach().emails()).forEach(email -> byKey.putIfAbsent(DuplicateKey.email(email), id));
        if (!after.reach().emails().isEmpty()) {
            withEmail.add(id);
        }
        for (String url : added(before.reach().urls(), after.reach().urls())) {
            DuplicateKey key = DuplicateKey.profileUrl(url);
            byKey.putIfAbsent(key, id);
            rememberProfile(id, key);
        }
        boolean renamed = !before.name().equals(after.name()) || !before.company().equals(after.company());
        if (renamed) {
            DuplicateKey.nameAndCompany(after.name(), after.company()).forEach(key -> byKey.putIfAbsent(key, id));
        }
        if (DuplicateKey.namedAfterCompany(after.name(), after.company())) {
            List<String> phones = renamed ? after.reach().phones() : added(before.reach().phones(), after.reach().phones());
            phones.forEach(phone -> DuplicateKey.phone(phone).ifPresent(key -> byKey.putIfAbsent(key, id)));
        }
    }

    private static List<String> added(List<String> before, List<String> after) {
        if (after.size() == before.size() && after.equals(before)) {
            return List.of();
        }
        Set<String> known = new HashSet<>(before);
        return after.stream().filter(value -> !known.contains(value)).toList();
    }

    /** Why a namesake was kept apart, in words for an import report. */
    public enum Apart {
        OTHER_PROFILE("another LinkedIn profile"),
        OTHER_EMAILS("other emails, and only one of the two has a LinkedIn profile");

        private final String reason;

        Apart(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /**
     * What looking a record up found: the known contact it is, if any, and otherwise the namesake a
     * shared name and company was not enough to join it to, because what identifies them disagrees
     * (worth a word in a report, since the user may know better), and why.
     */
    public record Lookup(Optional<Match> match, Optional<ContactId> namesake, Optional<Apart> apart) {
    }

    /**
     * Tries the keys in the order given (strongest first), in one pass: the first known contact
     * sharing one is the match, except that a shared name and company counts only when nothing that
     * identifies the two disagrees (see {@link #apart}).
     */
    public Lookup lookUp(List<DuplicateKey> keys) {
        for (DuplicateKey key : keys) {
            ContactId found = byKey.get(key);
            if (found == null) {
                continue;
            }
            if (key.kind() == DuplicateKey.Kind.NAME_AND_COMPANY) {
                Optional<Apart> apart = apart(found, keys);
                if (apart.isPresent()) {
                    return new Lookup(Optional.empty(), Optional.of(found), apart);
                }
            }
            return new Lookup(Optional.of(new Match(found, key)), Optional.empty(), Optional.empty());
        }
        return new Lookup(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The known contact the record is, as {@link #lookUp} finds it. */
    public Optional<Match> find(List<DuplicateKey> keys) {
        return lookUp(keys).match();
    }

    /**
     * Whether a record tied to a known contact by name and company alone is someone else: both have
     * LinkedIn profiles and share none, or only one has a profile and both have emails. Emails and
     * profiles come before the name among the keys, so by the time the name is tried none of the
     * record's is known: whatever emails the two have, they share none.
     */
    private Optional<Apart> apart(ContactId known, List<DuplicateKey> keys) {
        List<DuplicateKey> theirs = profiles.get(known);
        boolean incomingHasProfile = false;
        boolean incomingHasEmail = false;
        for (DuplicateKey key : keys) {
            if (key.isLinkedInProfile()) {
                if (theirs != null && theirs.contains(key)) {
                    return Optional.empty();
                }
                incomingHasProfile = true;
            } else if (key.kind() == DuplicateKey.Kind.EMAIL) {
                incomingHasEmail = true;
            }
        }
        boolean knownHasProfile = theirs != null;
        if (knownHasProfile && incomingHasProfile) {
            return Optional.of(Apart.OTHER_PROFILE);
        }
        if (knownHasProfile != incomingHasProfile && incomingHasEmail && withEmail.contains(known)) {
            return Optional.of(Apart.OTHER_EMAILS);
        }
        return Optional.empty();
    }
}
