package dev.needle.domain;

/**
 * A contact as a row of a list names it: who, and how to reach the whole contact. A screen that lists
 * many people and opens one at a time (Today's requests) reads these instead of whole contacts.
 */
public record ContactName(ContactId id, String name) {

    public ContactName {
        Check.notNull("contact id", id);
        name = Check.required("name", name, 200);
    }

    public static ContactName of(Contact contact) {
        return new ContactName(contact.id(), contact.name());
    }
}
