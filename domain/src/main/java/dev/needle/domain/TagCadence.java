package dev.needle.domain;

import java.time.LocalDate;

/**
 * The cadence for everyone with a tag ("mentors": every 2 months), unless they have their own. The
 * tag is kept folded: it stands for every way of typing it ("Mentors" too).
 */
public record TagCadence(Tag tag, Cadence cadence, LocalDate since) {
    public TagCadence {
        tag = Check.notNull("tag", tag).folded();
        Check.notNull("cadence", cadence);
        if (cadence.isNone()) {
            throw new InvalidValueException("keep in touch", "A tag's default cadence cannot be none; remove the default instead.");
        }
        Check.notNull("since", since);
    }
}
