package dev.needle.domain;

import java.time.LocalDate;
import java.util.Optional;

/** Where and when you met someone, at which event, and through whom. Every part may be unknown. */
public record Origin(Optional<EventId> event, String place, Optional<LocalDate> on, Optional<ContactId> introducedBy) {
    public static final Origin UNKNOWN = new Origin(Optional.empty(), "", Optional.empty(), Optional.empty());

    public Origin {
        event = Check.opt(event);
        place = Check.optional("place", place, 200);
        on = Check.opt(on);
        introducedBy = Check.opt(introducedBy);
    }

    public static Origin atEvent(EventId event, LocalDate on) {
        return new Origin(Optional.of(event), "", Optional.of(on), Optional.empty());
    }

    public Origin withIntroducedBy(ContactId contact) {
        return new Origin(event, place, on, Optional.of(contact));
    }

    // equals and hashCode written out, as the record's own would be: a record's generated ones are linked
    // at their first call, and this one's equals is called before the first frame (docs/performance.md,
    // frame8).
    @Override
    public boolean equals(Object other) {
        return other instanceof Origin o && o.event.equals(event) && o.place.equals(place) && o.on.equals(on)
                && o.introducedBy.equals(introducedBy);
    }

    @Override
    public int hashCode() {
        return ((event.hashCode() * 31 + place.hashCode()) * 31 + on.hashCode()) * 31 + introducedBy.hashCode();
    }
}
