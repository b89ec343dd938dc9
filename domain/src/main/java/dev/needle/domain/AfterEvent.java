package dev.needle.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The rule that nobody met at an event is forgotten: once the event is over, a contact met there
 * with no follow-up date and no kind closure waits for a decision, "follow up or close kindly".
 */
public final class AfterEvent {
    public static final String DECISION = "decide: follow up or close kindly";

    private AfterEvent() {
    }

    /** Whether this contact, as of {@code today}, still waits for that decision. */
    public static boolean awaitsDecision(Contact contact, LocalDate today) {
        if (contact.isClosed() || contact.nextFollowUp().isPresent() || contact.origin().event().isEmpty()) {
            return false;
        }
        // Without a known date the event is taken as over: the person was captured, so they were met.
        return contact.origin().on().map(on -> !on.isAfter(today)).orElse(true);
    }

    /** Every contact waiting for the decision, the longest waiting first. */
    public static List<Contact> undecided(Collection<Contact> contacts, LocalDate today) {
        return contacts.stream().filter(c -> awaitsDecision(c, today))
                .sorted(Comparator.comparing((Contact c) -> c.origin().on().orElse(today))
                        .thenComparing(Contact::name).thenComparing(Contact::id))
                .toList();
    }
}
