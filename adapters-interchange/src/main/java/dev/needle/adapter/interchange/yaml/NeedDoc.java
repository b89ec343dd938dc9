package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.ContactId;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.NeedStatus;
import dev.needle.domain.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A need in a backup, with its stored priority. */
record NeedDoc(Long id, Long version, String title, NeedKind kind, List<Target> targets, Integer priority,
               NeedStatus status, Long metBy, LocalDate metOn, String notes) {
    Need toDomain() {
        return new Need(new NeedId(Required.id(id)), title, Required.present("kind", kind), targets,
                Required.present("priority", priority), Required.present("status", status),
                Optional.ofNullable(metBy).map(ContactId::new), Optional.ofNullable(metOn), notes,
                Required.version(version));
    }

    static NeedDoc of(Need n) {
        return new NeedDoc(n.id().value(), n.version(), n.title(), n.kind(), n.targets(), n.priority(), n.status(),
                n.metBy().map(ContactId::value).orElse(null), n.metOn().orElse(null), n.notes());
    }
}
