package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An event in a backup; {@code expected} lists contact ids. {@code startsAt} and {@code endsAt} ({@code starts-at}, {@code ends-at}) are its
 * time of day, absent for an all-day event (and in every backup made before events had times).
 */
record EventDoc(Long id, Long version, String name, LocalDate date, LocalTime startsAt, LocalTime endsAt, String place,
                String notes, Set<Long> expected) {
    Event toDomain() {
        Set<ContactId> people = expected == null ? Set.of()
                : expected.stream().map(ContactId::new).collect(Collectors.toSet());
        return new Event(new EventId(Required.id(id)), name, Required.present("date", date),
                EventTime.of(Optional.ofNullable(startsAt), Optional.ofNullable(endsAt)), place, notes, people,
                Required.version(version));
    }

    static EventDoc of(Event e) {
        return new EventDoc(e.id().value(), e.version(), e.name(), e.date(), e.time().start().orElse(null),
                e.time().end().orElse(null), e.place(), e.notes(),
                e.expected().stream().map(ContactId::value).collect(Collectors.toCollection(TreeSet::new)));
    }
}
