package dev.needle.application.port.in;

import dev.needle.domain.DuplicateKey;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.Reach;
import java.util.List;
import java.util.Optional;

/**
 * A record with what matching it needs worked out: the name it goes by, its emails, phones and URLs
 * checked, and the keys it is looked up by. Made by whoever hands the records on ({@link #of}), so
 * a file's reading thread can do this part while the import's thread matches the records before.
 */
public final class PreparedPerson {
    private final ImportedPerson person;
    private final Optional<String> name;
    private final Reach reach;
    private final InvalidValueException invalid;
    private final List<DuplicateKey> keys;

    private PreparedPerson(ImportedPerson person, Optional<String> name, Reach reach, InvalidValueException invalid,
                           List<DuplicateKey> keys) {
        this.person = person;
        this.name = name;
        this.reach = reach;
        this.invalid = invalid;
        this.keys = keys;
    }

    public static PreparedPerson of(ImportedPerson person) {
        Optional<String> name = displayName(person);
        if (name.isEmpty()) {
            return new PreparedPerson(person, name, null, null, List.of());
        }
        Reach reach;
        try {
            reach = new Reach(person.emails(), person.phones(), person.urls());
        } catch (InvalidValueException invalid) {
            return new PreparedPerson(person, name, null, invalid, List.of());
        }
        return new PreparedPerson(person, name, reach, null, DuplicateKey.of(name.get(), person.company(), reach));
    }

    /**
     * Exports often leave the name out: a business in a phone's address book has its company and a way
     * to reach it, and the company names it there (as it names a vCard with no FN); else an email or
     * profile URL says who it is. A company with nothing else is no one to reach.
     */
    private static Optional<String> displayName(ImportedPerson person) {
        if (!person.name().isBlank()) {
            return Optional.of(person.name());
        }
        boolean reachable = !(person.emails().isEmpty() && person.phones().isEmpty() && person.urls().isEmpty());
        if (!person.company().isBlank() && reachable) {
            return Optional.of(person.company().strip());
        }
        if (!person.emails().isEmpty()) {
            return Optional.of(person.emails().get(0));
        }
        return person.urls().stream().findFirst();
    }

    public ImportedPerson person() {
        return person;
    }

    /** The name the person goes by; empty when the record has no name, email or URL, nor a company with a phone. */
    public Optional<String> name() {
        return name;
    }

    /** The record's emails, phones and URLs; throws what was wrong with them, as {@link Reach} would. */
    public Reach reach() {
        if (invalid != null) {
            throw invalid;
        }
        return reach;
    }

    /** Every key of the record, strongest first ({@link DuplicateKey#of}); empty without a name or valid reach. */
    public List<DuplicateKey> keys() {
        return keys;
    }
}
