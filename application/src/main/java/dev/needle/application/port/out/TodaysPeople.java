package dev.needle.application.port.out;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.ContactName;
import dev.needle.domain.FollowUps;
import java.util.List;
import java.util.Map;

/**
 * What {@link ContactIndex#todaysPeople} finds: {@code names} of the ids asked for that exist,
 * {@code followUps} holds the first overdue of {@code overdueTotal}, {@code undecided} the first of
 * {@code undecidedTotal}.
 */
public record TodaysPeople(Map<ContactId, ContactName> names, FollowUps followUps, int overdueTotal,
                           List<Contact> undecided, int undecidedTotal) {
    public TodaysPeople {
        names = Map.copyOf(names);
    }
}
