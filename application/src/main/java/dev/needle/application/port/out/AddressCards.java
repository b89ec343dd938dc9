package dev.needle.application.port.out;

import dev.needle.domain.Contact;
import java.time.Instant;
import java.util.Optional;

/**
 * The card format a vdir holds (vCard), for the sync: a contact written as one card, and a card read
 * back onto a contact. Reading sets only the fields a card carries; every other field of {@code onto}
 * stays, so fields the card has no place for are never taken as changed.
 *
 * <p>A card's revision (vCard's {@code REV}) belongs to the file, not to the person: reading never sets
 * it on a contact, and writing gives the card the revision the sync says, so a card Needle changed
 * says when, and one it only rewrote keeps what it said.
 */
public interface AddressCards {
    /**
     * The card's text for {@code contact}, carrying {@code uid} as its UID and {@code revised} as its
     * revision: a new card, in the format's own version. The same arguments give the same bytes.
     */
    byte[] write(Contact contact, String uid, Instant revised);

    /**
     * As {@link #write}, for a card that replaces {@code was} (the file's bytes): in the version that card
     * is in, so a file another program wrote keeps the form it and the server chose. With a
     * {@code revised} moment the card says it was revised then; without one (what the card says of the
     * person did not change) it keeps {@code was}'s revision line exactly as it was written.
     */
    byte[] rewrite(Contact contact, String uid, byte[] was, Optional<Instant> revised);

    /**
     * The card's fields set on {@code onto} (its id and version kept) and the card's UID when it has one.
     *
     * @throws UnreadableCardException when the bytes are not one readable card; its message names the file
     */
    ReadCard read(String href, byte[] bytes, Contact onto);

    /** The UID a contact already carries from an earlier import (a kept UID line), if any. */
    Optional<String> uid(Contact contact);

    /** A card read: the contact it describes and its UID. */
    record ReadCard(Contact contact, Optional<String> uid) {
    }

    /** A card that cannot be read; the message names the file and what is wrong, in the user's words. */
    final class UnreadableCardException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnreadableCardException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
