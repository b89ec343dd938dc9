package dev.needle.application.port.out;

import dev.needle.application.port.in.Arriving;
import dev.needle.application.port.in.GetTodayUseCase.Undecided;
import dev.needle.domain.ContactId;
import dev.needle.domain.ContactName;
import dev.needle.domain.FollowUps;
import java.util.Map;

/**
 * What {@link ContactIndex#todaysPeople} finds: {@code names} of the ids asked for that exist,
 * {@code followUps} holds the first overdue of {@code overdueTotal}; {@code undecided} may still be on
 * its way.
 */
public record TodaysPeople(Map<ContactId, ContactName> names, FollowUps followUps, int overdueTotal,
                           Arriving<Undecided> undecided) {
    public TodaysPeople {
        names = Map.copyOf(names);
    }
}
