package dev.needle.application.port.out;

import dev.needle.domain.ContactId;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import java.time.LocalDate;
import java.util.List;

/** The log of touchpoints. Interactions are facts: added and, by mistake only, deleted. */
public interface InteractionStore {
    Interaction add(Interaction interaction);

    /** One contact's interactions, newest first. */
    List<Interaction> findByContact(ContactId contact);

    /** Interactions on or after the date, oldest first (budget periods, reports). */
    List<Interaction> findFrom(LocalDate from);

    boolean delete(InteractionId id);
}
