package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.Cadence;
import dev.needle.domain.ContactId;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A person's keep-in-touch settings in a backup: {@code every} in the short form ({@code 6w},
 * {@code 1m}, {@code none}; absent when their tags decide), a snooze, and since when.
 */
record KeepInTouchDoc(Long contact, String every, LocalDate snoozedUntil, LocalDate since) {
    KeepInTouch toDomain() {
        return new KeepInTouch(new ContactId(Required.present("contact", contact)),
                Optional.ofNullable(every).filter(e -> !e.isBlank()).map(Cadence::parse), Optional.ofNullable(snoozedUntil),
                Required.present("since", since));
    }

    static KeepInTouchDoc of(KeepInTouch k) {
        return new KeepInTouchDoc(k.contact().value(), k.own().map(Cadence::code).orElse(null),
                k.snoozedUntil().orElse(null), k.since());
    }

    /** A tag's default cadence in a backup or a plan. */
    record TagDoc(Tag tag, String every, LocalDate since) {
        TagCadence toDomain() {
            return new TagCadence(Required.present("tag", tag), Cadence.parse(Required.present("every", every)),
                    since == null ? LocalDate.now() : since);
        }

        static TagDoc of(TagCadence t) {
            return new TagDoc(t.tag(), t.cadence().code(), t.since());
        }
    }
}
