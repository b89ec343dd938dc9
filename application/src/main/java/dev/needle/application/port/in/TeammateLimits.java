package dev.needle.application.port.in;

import dev.needle.domain.InvalidValueException;
import dev.needle.domain.Tag;
import dev.needle.domain.Teammate;
import java.util.Optional;
import java.util.Set;

/**
 * One teammate's own offers and weekly hours as a plan or a backup names them: by the person's name,
 * since ids differ between databases. An absent part is one the person has not set.
 */
public record TeammateLimits(String name, Optional<Set<Tag>> offers, Optional<Integer> weeklyMinutes) {
    public TeammateLimits {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "Each person needs a name.");
        }
        name = name.strip();
        if (name.length() > Teammate.MAX_NAME || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("name", "\"" + name + "\" is no name for a person: one line, at most "
                    + Teammate.MAX_NAME + " characters.");
        }
        offers = offers == null ? Optional.empty() : offers.map(Set::copyOf);
        weeklyMinutes = weeklyMinutes == null ? Optional.empty() : weeklyMinutes;
        int minutes = weeklyMinutes.orElse(0);
        if (minutes < 0 || minutes > 7 * 24 * 60) {
            throw new InvalidValueException("weekly hours", name + "'s weekly hours must be between 0 and 168.");
        }
    }
}
