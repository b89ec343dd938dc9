package dev.needle.application.port.in;

import dev.needle.domain.Contact;

/**
 * Saves a contact edited in full (from {@link Contact#edit()}). Refused with an edit conflict when
 * the contact changed in another session since the edited copy was read.
 */
public interface EditContactUseCase {
    Contact editContact(Contact edited);
}
