package dev.needle.application.port.out;

/** Hands out ids that are unique across every kind of record and every session on the database. */
public interface IdSource {
    /** A positive id never handed out before. */
    long next();
}
