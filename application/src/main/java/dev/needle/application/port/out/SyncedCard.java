package dev.needle.application.port.out;

import dev.needle.domain.ContactId;
import java.util.Objects;

/**
 * What the last sync with a vdir left for one contact: the card's file name in the folder
 * ({@code href}), the file's etag then (a hash of its bytes), the contact's version then, the card's
 * UID, and the card's text then ({@code base}), which is what both sides are compared against next
 * time to see which fields each side changed since.
 */
public record SyncedCard(ContactId contact, String href, String etag, long version, String uid, String base) {
    public SyncedCard {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(base, "base");
    }

    /**
     * The contact kept in Needle after its card was deleted from the folder: no file, no text, only its
     * UID, so a card with that UID coming back (the deletion undone) pairs with it again.
     */
    public SyncedCard keptApart(long contactVersion) {
        return new SyncedCard(contact, "", "", contactVersion, uid, "");
    }

    /** Whether this is what {@link #keptApart} left: the contact is no longer synced with the folder. */
    public boolean keptApart() {
        return href.isEmpty();
    }
}
