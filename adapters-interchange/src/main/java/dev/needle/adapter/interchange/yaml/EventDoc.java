package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** An event in a backup; {@code expected} lists contact ids. */
record EventDoc(Long id, Long version, String name, LocalDate date, String place, String notes, Set<Long> expected) {
    Event toDomain() {
        Set<ContactId> people = expected == null ? Set.of()
                : expected.stream().map(ContactId::new).collect(Collectors.toSet());
        return new Event(new EventId(Required.id(id)), name, Required.present("date", date), place, notes, people,
                Required.version(version));
    }

    static EventDoc of(Event e) {
        return new EventDoc(e.id().value(), e.version(), e.name(), e.date(), e.place(), e.notes(),
                e.expected().stream().map(ContactId::value).collect(Collectors.toCollection(TreeSet::new)));
    }
}
