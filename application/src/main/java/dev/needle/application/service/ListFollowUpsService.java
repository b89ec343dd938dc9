package dev.needle.application.service;

import dev.needle.application.port.in.ListFollowUpsUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactIndex;
import dev.needle.domain.Contact;
import dev.needle.domain.FollowUps;
import java.time.LocalDate;
import java.util.List;

/** Lists follow-ups overdue, due today and due this week. */
public final class ListFollowUpsService implements ListFollowUpsUseCase {
    private final ContactIndex contacts;
    private final ClockPort clock;

    public ListFollowUpsService(ContactIndex contacts, ClockPort clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public FollowUps followUpsDue() {
        LocalDate today = clock.today();
        // The index keeps the answer between switches (until a contact or the day changes).
        return contacts.followUpsDue(today);
    }

    @Override
    public List<Contact> undecided() {
        return contacts.undecided(clock.today());
    }
}
