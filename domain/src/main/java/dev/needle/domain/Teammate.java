package dev.needle.domain;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One person on the team that shares a database: the one who adds, meets, decides and changes
 * records. A database used by one person has exactly one. Names are unique on a team, ignoring case,
 * because people pick themselves (and are named in messages) by name.
 */
public record Teammate(TeammateId id, String name, LocalDate joinedOn) {
    public static final int MAX_NAME = 80;

    public Teammate {
        Check.notNull("teammate id", id);
        name = Check.required("name", name, MAX_NAME);
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("name", "A teammate's name must be on one line.");
        }
        Check.notNull("joined on", joinedOn);
    }

    /** The name as compared when people pick themselves: "alice" and "Alice" are one person. */
    public String nameKey() {
        return nameKey(name);
    }

    /** The comparison key of any typed name (trimmed, case folded). */
    public static String nameKey(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    /** True when {@code typed} names this person (ignoring case and surrounding spaces). */
    public boolean isNamed(String typed) {
        return nameKey().equals(nameKey(typed));
    }
}
