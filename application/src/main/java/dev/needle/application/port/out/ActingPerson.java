package dev.needle.application.port.out;

import dev.needle.domain.Teammate;

/**
 * Who is acting in this session: the teammate a record is added, changed, met or decided by. Local
 * sessions take it from the configuration (or ask); a `needle serve` session from the client's key.
 */
@FunctionalInterface
public interface ActingPerson {
    Teammate person();
}
