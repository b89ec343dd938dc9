package dev.needle.domain;

/**
 * A value that two records of one person can both contribute to, as a list can (the kinds of their
 * phones and emails): a merge may keep both sides' parts instead of choosing one.
 */
public interface Joinable<T> {
    /** This value with what {@code other} adds; where both say something, this one's stays. */
    T joinedWith(T other);
}
