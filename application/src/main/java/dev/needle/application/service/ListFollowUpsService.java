package dev.needle.application.service;

import dev.needle.application.port.in.ListFollowUpsUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.Contact;
import dev.needle.domain.FollowUps;
import java.time.LocalDate;
import java.util.List;

/** Lists follow-ups overdue, due today and due this week. */
public final class ListFollowUpsService implements ListFollowUpsUseCase {
    private final ContactStore contacts;
    private final ClockPort clock;

    public ListFollowUpsService(ContactStore contacts, ClockPort clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public FollowUps followUpsDue() {
        LocalDate today = clock.today();
        // The indexed store hands over only the contacts due by the end of the week, already found by
        // date; the result is the same as from everyone, since FollowUps ignores later dates anyway.
        List<Contact> candidates = contacts instanceof IndexedContactStore indexed
                ? indexed.followUpsUntil(today.plusDays(FollowUps.WEEK_AHEAD_DAYS))
                : contacts.findAll();
        return FollowUps.due(candidates, today);
    }
}
