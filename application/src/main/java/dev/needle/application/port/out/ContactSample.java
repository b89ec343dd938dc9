package dev.needle.application.port.out;

import dev.needle.domain.AfterEvent;
import dev.needle.domain.Contact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The first few of a long list of contacts and how many it holds: a screen shows the oldest fifty
 * overdue follow-ups and "1 940 more" without reading the other 1 940. {@code contacts} holds at least
 * the requested number when there are that many, earliest first by a date, with every contact on the
 * last date it reaches (a tie is never cut, so the domain's order inside a date stays exact); they come
 * by id, for the domain to order. {@code total} counts them all. A sample of none ({@code atLeast} 0)
 * is a count: it holds no one, so nobody is read to count them.
 */
public record ContactSample(List<Contact> contacts, int total) {
    public ContactSample {
        contacts = List.copyOf(contacts);
    }

    /** {@link ContactStore#sampleFollowUps} over {@code everyone}, for stores that hold everyone at hand. */
    public static ContactSample followUps(Collection<Contact> everyone, Optional<LocalDate> first, LocalDate last,
                                          int atLeast) {
        List<Contact> due = everyone.stream().filter(c -> !c.isClosed() && c.nextFollowUp()
                .filter(on -> !on.isAfter(last) && first.map(from -> !on.isBefore(from)).orElse(true)).isPresent()).toList();
        return earliest(due, c -> c.nextFollowUp().orElseThrow(), atLeast);
    }

    /** {@link ContactStore#sampleAwaitingDecision} over {@code everyone}, likewise. */
    public static ContactSample awaitingDecision(Collection<Contact> everyone, LocalDate today, int atLeast) {
        List<Contact> waiting = everyone.stream().filter(c -> AfterEvent.awaitsDecision(c, today)).toList();
        return earliest(waiting, c -> c.origin().on().orElse(today), atLeast);
    }

    /** The sample of {@code matching} (every contact of the list) by {@code date}. */
    public static ContactSample earliest(List<Contact> matching, Function<Contact, LocalDate> date, int atLeast) {
        if (atLeast < 1) {
            return new ContactSample(List.of(), matching.size());
        }
        if (matching.size() <= atLeast) {
            return new ContactSample(matching, matching.size());
        }
        List<LocalDate> dates = new ArrayList<>(matching.size());
        matching.forEach(contact -> dates.add(date.apply(contact)));
        dates.sort(null);
        LocalDate boundary = dates.get(atLeast - 1);
        return new ContactSample(matching.stream().filter(c -> !date.apply(c).isAfter(boundary)).toList(), matching.size());
    }
}
