package dev.needle.domain;

import java.time.LocalDateTime;

/** An accepted meeting: when, where and in what format. */
public record Schedule(LocalDateTime at, String place, Channel format, int minutes) {
    public Schedule {
        Check.notNull("date and time", at);
        place = Check.optional("place", place, 200);
        Check.notNull("format", format);
        Check.range("minutes", minutes, 1, 24 * 60);
        if (format.isFaceToFace() && place.isEmpty()) {
            throw new InvalidValueException("place", English.capitalized(format.withArticle()) + " needs a place.");
        }
    }
}
