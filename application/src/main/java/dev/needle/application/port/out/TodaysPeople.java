package dev.needle.application.port.out;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.FollowUps;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What {@link ContactIndex#todaysPeople} finds: {@code followUps} holds the first overdue of
 * {@code overdueTotal}, {@code undecided} the first of {@code undecidedTotal}.
 */
public record TodaysPeople(Function<ContactId, Optional<Contact>> lookup, FollowUps followUps, int overdueTotal,
                           List<Contact> undecided, int undecidedTotal) {
}
