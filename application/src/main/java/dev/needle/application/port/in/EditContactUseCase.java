package dev.needle.application.port.in;

import dev.needle.domain.Contact;

/**
 * Saves a contact edited in full (from {@link Contact#edit()}). Refused with an edit conflict when
 * the contact changed in another session since the edited copy was read.
 */
public interface EditContactUseCase {
    Contact editContact(Contact edited);

    /**
     * Saves the fields changed from {@code base} (the copy the user started from) to {@code edited}.
     * When another session saved the contact since, its changes to other fields are kept; only a field
     * both changed, to different values, is a conflict.
     */
    Contact editContact(Contact base, Contact edited);
}
