package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.Direction;
import dev.needle.domain.DirectionId;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A direction in a backup. */
record DirectionDoc(Long id, Long version, DirectionKind kind, String statement, Set<Tag> offers, LocalDate since,
                    LocalDate archivedOn) {
    Direction toDomain() {
        return new Direction(new DirectionId(Required.id(id)), Required.present("kind", kind), statement, offers,
                Required.present("since", since), Optional.ofNullable(archivedOn), Required.version(version));
    }

    static DirectionDoc of(Direction d) {
        return new DirectionDoc(d.id().value(), d.version(), d.kind(), d.statement(), new TreeSet<>(d.offers()),
                d.since(), d.archivedOn().orElse(null));
    }
}
