package dev.needle.application.port.in;

import dev.needle.domain.Cadence;
import dev.needle.domain.ContactId;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import dev.needle.domain.TouchDue;
import java.util.List;
import java.util.Optional;

/** Sets how often to keep in touch with a person or with everyone of a tag, and snoozes a person. */
public interface KeepInTouchUseCase {
    /** A person's own settings (blank when they have none) and when they come due, if a cadence applies. */
    Status status(ContactId contact);

    /** Sets the person's own cadence; empty leaves it to their tags' defaults, {@code Cadence.NONE} means never. */
    KeepInTouch setCadence(ContactId contact, Optional<Cadence> own);

    /** Holds the person back from being due until {@code days} after the later of today and their due date. */
    KeepInTouch snooze(ContactId contact, int days);

    List<TagCadence> tagDefaults();

    /** Sets the tag's default cadence; empty (or none) removes it. */
    Optional<TagCadence> setTagDefault(Tag tag, Optional<Cadence> cadence);

    /** What applies to one person now. */
    record Status(KeepInTouch settings, Optional<TouchDue> due) {
    }
}
