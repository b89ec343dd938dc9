package dev.needle.application.port.out;

import dev.needle.domain.Teammate;
import java.util.Optional;

/**
 * Who is acting in this session: the teammate a record is added, changed, met or decided by. Local
 * sessions take it from the configuration (or ask); a `needle serve` session from the client's key.
 */
@FunctionalInterface
public interface ActingPerson {
    Teammate person();

    /**
     * The person, when knowing them writes nothing: a read asks this, so that a command that only
     * reads never joins anyone to the team (joining is a write other sessions see). Empty when the
     * person would have to join first, so has no records of their own yet.
     */
    default Optional<Teammate> known() {
        return Optional.of(person());
    }
}
