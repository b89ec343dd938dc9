package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.InvalidValueException;

/** Fields a record cannot do without, named the way the YAML spells them. */
final class Required {
    private Required() {
    }

    static <T> T present(String key, T value) {
        if (value == null) {
            throw new InvalidValueException(key, "the key '" + key + "' is missing");
        }
        return value;
    }

    /** Stored records count their saves from 1, so a backup never holds version 0. */
    static long version(Long version) {
        long v = present("version", version);
        if (v < 1) {
            throw new InvalidValueException("version", "version is 1 or more, not " + v);
        }
        return v;
    }

    static long id(Long id) {
        long v = present("id", id);
        if (v < 1) {
            throw new InvalidValueException("id", "id is a positive number, not " + v);
        }
        return v;
    }
}
