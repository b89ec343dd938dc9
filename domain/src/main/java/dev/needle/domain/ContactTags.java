package dev.needle.domain;

import java.util.Collection;
import java.util.Set;

/**
 * A contact's tags and nothing more: what a tag's keep-in-touch default needs to know of everyone,
 * read without the rest of each contact (a phone's address book keeps a photo in every card).
 */
public record ContactTags(ContactId id, Set<Tag> offers, Set<Tag> lookingFor) {

    public ContactTags {
        Check.notNull("contact id", id);
        offers = offers == null ? Set.of() : offers;
        lookingFor = lookingFor == null ? Set.of() : lookingFor;
    }

    /** The tags of {@code contact}, sharing its sets. */
    public static ContactTags of(Contact contact) {
        return new ContactTags(contact.id(), contact.offers(), contact.lookingFor());
    }

    /** Whether one of these tags has a cadence among {@code defaults}, so the person may come due by it. */
    public boolean haveADefaultAmong(Collection<TagCadence> defaults) {
        return TouchRule.anyTagDefaultFor(offers, lookingFor, defaults);
    }
}
