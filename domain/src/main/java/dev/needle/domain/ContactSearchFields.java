package dev.needle.domain;

import java.util.List;
import java.util.Set;

/**
 * What a search reads of a contact, and nothing more: the details {@link Contact#searchText} folds
 * (never a private note, never the phone numbers or the history). A command that asks one question
 * reads these for everyone and whole contacts only for the people found.
 *
 * @param nicknames the nicknames an address book gave (see {@link Nicknames#in}), space-separated
 */
public record ContactSearchFields(ContactId id, String name, String company, String role, Set<Tag> offers,
                                  Set<Tag> lookingFor, List<String> emails, String notes, String nicknames) {

    public ContactSearchFields {
        Check.notNull("contact id", id);
        name = name == null ? "" : name;
        company = company == null ? "" : company;
        role = role == null ? "" : role;
        offers = offers == null ? Set.of() : offers;
        lookingFor = lookingFor == null ? Set.of() : lookingFor;
        emails = emails == null ? List.of() : emails;
        notes = notes == null ? "" : notes;
        nicknames = nicknames == null ? "" : nicknames;
    }

    /** The searched details of {@code contact}, sharing its values. */
    public static ContactSearchFields of(Contact contact) {
        return new ContactSearchFields(contact.id(), contact.name(), contact.company(), contact.role(),
                contact.offers(), contact.lookingFor(), contact.reach().emails(), contact.notes(),
                Nicknames.in(contact.foreignFields()));
    }

    /** The same text {@link Contact#searchText} gives for the contact these came from. */
    public String searchText() {
        return text(name, nicknames, company, role, offers, lookingFor, emails, notes);
    }

    /**
     * The one definition of a contact's search text: name, nicknames, company, role, tags, emails, notes,
     * folded. Nicknames only when there are any, so the texts of everyone else stay as they were.
     */
    static String text(String name, String nicknames, String company, String role, Set<Tag> offers,
                       Set<Tag> lookingFor, List<String> emails, String notes) {
        StringBuilder text = new StringBuilder(name);
        if (!nicknames.isEmpty()) {
            text.append(' ').append(nicknames);
        }
        text.append(' ').append(company).append(' ').append(role);
        appendInOrder(text, offers);
        appendInOrder(text, lookingFor);
        emails.forEach(email -> text.append(' ').append(email));
        return SearchText.fold(text.append(' ').append(notes).toString());
    }

    /**
     * Tags in their own order, not the set's: a set's order may differ from one run to the next, and a
     * text a store keeps must come out the same as the text folded again later.
     */
    private static void appendInOrder(StringBuilder text, Set<Tag> tags) {
        if (tags.size() == 1) {
            text.append(' ').append(tags.iterator().next().value());
        } else if (!tags.isEmpty()) {
            tags.stream().sorted().forEach(tag -> text.append(' ').append(tag.value()));
        }
    }
}
