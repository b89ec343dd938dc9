package dev.needle.domain.triage;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Tag;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who among the people you know offers what: for each tag offered, the open (not closed) contacts
 * offering it. Built once from the contacts, so triage asks "how many people I know can help with
 * this?" without going through everyone on every request; people offer a few dozen distinct tags
 * between them, however many people there are.
 */
public final class OfferDirectory {
    /** Distinct wanted tags answered so far; bounded so a long session cannot grow it without end. */
    private static final int REMEMBERED_TAGS = 1024;
    private static final OfferDirectory EMPTY = new OfferDirectory(Map.of(), Map.of());

    private final Map<Tag, Set<ContactId>> offeredBy;
    private final Map<ContactId, String> names;
    /** Everyone offering something that matches a wanted tag, by wanted tag: the same few are asked again and again. */
    private final Map<Tag, Set<ContactId>> answers = new ConcurrentHashMap<>();

    private OfferDirectory(Map<Tag, Set<ContactId>> offeredBy, Map<ContactId, String> names) {
        this.offeredBy = offeredBy;
        this.names = names;
    }

    public static OfferDirectory empty() {
        return EMPTY;
    }

    /**
     * The directory of these contacts' offers and roles (an accountant you know is someone you can
     * introduce to a person looking for one); closed contacts are left out (you have moved on from them).
     */
    public static OfferDirectory of(Collection<Contact> contacts) {
        Map<Tag, Set<ContactId>> offeredBy = new HashMap<>();
        Map<ContactId, String> names = new HashMap<>();
        for (Contact contact : contacts) {
            if (contact.isClosed()) {
                continue;
            }
            names.put(contact.id(), contact.name());
            for (Tag offer : contact.offers()) {
                offeredBy.computeIfAbsent(offer, t -> new HashSet<>()).add(contact.id());
            }
            roleAsTag(contact.role()).ifPresent(role -> offeredBy.computeIfAbsent(role, t -> new HashSet<>()).add(contact.id()));
        }
        offeredBy.replaceAll((tag, ids) -> Set.copyOf(ids));
        return new OfferDirectory(Map.copyOf(offeredBy), Map.copyOf(names));
    }

    private static java.util.Optional<Tag> roleAsTag(String role) {
        String cleaned = role.replace(',', ' ').strip();
        if (cleaned.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Tag.of(cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned));
        } catch (dev.needle.domain.InvalidValueException notATag) {
            return java.util.Optional.empty();
        }
    }

    /** The name of an open contact you know, if this directory holds them. */
    public java.util.Optional<String> nameOf(ContactId id) {
        return java.util.Optional.ofNullable(names.get(id));
    }

    /** The names of the open contacts other than {@code except} who offer what is wanted, sorted. */
    public java.util.List<String> namesOffering(Tag wanted, ContactId except) {
        return offering(wanted).stream().filter(id -> !id.equals(except)).map(names::get)
                .filter(java.util.Objects::nonNull).sorted().toList();
    }

    /**
     * How many open contacts, other than {@code except} (the person asking), offer something that
     * matches {@code wanted} in the sense of {@link Tag#matches}. Someone offering two matching tags
     * counts once.
     */
    public long countOffering(Tag wanted, ContactId except) {
        Set<ContactId> offering = offering(wanted);
        return offering.size() - (offering.contains(except) ? 1 : 0);
    }

    /** The offers (and roles) whose words the text names ({@link Tag#foundIn}), sorted. */
    public java.util.List<Tag> offersFoundIn(String text) {
        return offeredBy.keySet().stream().filter(offer -> offer.foundIn(text)).sorted().toList();
    }

    private Set<ContactId> offering(Tag wanted) {
        Set<ContactId> known = answers.get(wanted);
        if (known != null) {
            return known;
        }
        Set<ContactId> found = new HashSet<>();
        offeredBy.forEach((offer, ids) -> {
            if (wanted.matches(offer)) {
                found.addAll(ids);
            }
        });
        if (answers.size() >= REMEMBERED_TAGS) {
            answers.clear();
        }
        Set<ContactId> answer = Set.copyOf(found);
        answers.put(wanted, answer);
        return answer;
    }
}
