package dev.needle.application.port.out;

import dev.needle.domain.ContactId;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.NeedCost;
import dev.needle.domain.NeedId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The log of touchpoints. Interactions are facts: added and, by mistake only, deleted. */
public interface InteractionStore {
    Interaction add(Interaction interaction);

    /** One contact's interactions, newest first. */
    List<Interaction> findByContact(ContactId contact);

    /** Interactions on or after the date, oldest first (budget periods, reports). */
    List<Interaction> findFrom(LocalDate from);

    /**
     * For each need some interaction advanced, the total of those interactions as
     * {@link NeedCost.Tally#perNeed} counts it: the cost report without reading the whole log.
     */
    Map<NeedId, NeedCost.Tally> spentPerNeed();

    boolean delete(InteractionId id);
}
