package dev.needle.domain;

import java.util.Optional;
import java.util.Set;

/**
 * What one teammate set for themselves: what they can offer others and their weekly hours for
 * face-to-face meetings. Either may be absent, meaning the person has not set it and takes what
 * {@link PersonalLimits} gives someone in their place.
 */
public record OwnLimits(TeammateId person, Optional<Set<Tag>> offers, Optional<Integer> weeklyMinutes) {
    public OwnLimits {
        Check.notNull("teammate", person);
        offers = Check.opt(offers).map(o -> Tag.distinct(Check.set("offers", o)));
        weeklyMinutes = Check.opt(weeklyMinutes);
        weeklyMinutes.ifPresent(m -> Check.range("weekly minutes", m, 0, 7 * 24 * 60));
    }

    /** Someone who has set nothing yet. */
    public static OwnLimits none(TeammateId person) {
        return new OwnLimits(person, Optional.empty(), Optional.empty());
    }

    public OwnLimits withOffers(Set<Tag> newOffers) {
        return new OwnLimits(person, Optional.of(newOffers), weeklyMinutes);
    }

    public OwnLimits withWeeklyMinutes(int minutes) {
        return new OwnLimits(person, offers, Optional.of(minutes));
    }

    public boolean isEmpty() {
        return offers.isEmpty() && weeklyMinutes.isEmpty();
    }
}
