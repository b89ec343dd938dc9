package dev.needle.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Where the user is going: a job-search mission statement or a business plan, plus what they can
 * offer others on the way (the "give" side of triage). One is active; older ones are archived.
 */
public record Direction(DirectionId id, DirectionKind kind, String statement, Set<Tag> offers,
                        LocalDate since, Optional<LocalDate> archivedOn, long version) {

    public Direction {
        Check.notNull("direction id", id);
        Check.notNull("kind", kind);
        statement = Check.required("statement", statement, 4000);
        offers = Tag.distinct(Check.set("offers", offers));
        Check.notNull("since", since);
        archivedOn = Check.opt(archivedOn);
        if (archivedOn.isPresent() && archivedOn.get().isBefore(since)) {
            throw new InvalidValueException("archivedOn", "A direction cannot be archived before it started.");
        }
    }

    public static Direction start(DirectionId id, DirectionKind kind, String statement, Set<Tag> offers, LocalDate since) {
        return new Direction(id, kind, statement, offers, since, Optional.empty(), 0);
    }

    public boolean isActive() {
        return archivedOn.isEmpty();
    }

    public Direction archive(LocalDate on) {
        return new Direction(id, kind, statement, offers, since, Optional.of(on.isBefore(since) ? since : on), version);
    }

    public Direction withVersion(long newVersion) {
        return new Direction(id, kind, statement, offers, since, archivedOn, newVersion);
    }
}
