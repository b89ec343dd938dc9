package dev.needle.domain;

/**
 * A contact's folded search text as a search keeps it: its folded name first, then the rest of
 * {@link Contact#searchText}. A store may keep these beside the contacts, so a search that runs once
 * reads one short row per person instead of reading and folding every searched detail.
 *
 * @param nameLength where the folded name ends in {@code text}, in chars
 */
public record ContactSearchText(ContactId id, String text, int nameLength) {

    public ContactSearchText {
        Check.notNull("contact id", id);
        Check.notNull("search text", text);
        if (nameLength < 0 || nameLength > text.length()) {
            throw new IllegalArgumentException("A folded name of " + nameLength + " chars cannot start a text of "
                    + text.length());
        }
    }

    /** The folded text of {@code fields}: what a search over the contact they came from folds. */
    public static ContactSearchText of(ContactSearchFields fields) {
        String name = SearchText.fold(fields.name());
        return new ContactSearchText(fields.id(), kept(name, fields.searchText()), name.length());
    }

    public static ContactSearchText of(Contact contact) {
        return of(ContactSearchFields.of(contact));
    }

    /** The folded name, which starts the text. */
    public String foldedName() {
        return text.substring(0, nameLength);
    }

    /**
     * The text kept for a contact whose folded name is {@code name}: its search text, which starts
     * with that name; should folding the whole ever differ at the seam, the name goes in front, so
     * the name order stays exact.
     */
    public static String kept(String name, String searchText) {
        if (searchText.startsWith(name)
                && (searchText.length() == name.length() || searchText.charAt(name.length()) == ' ')) {
            return searchText;
        }
        return name + " " + searchText;
    }
}
