package dev.needle.domain;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of record whose authors are kept (issue 20): who added, changed and decided them. */
public enum RecordKind {
    CONTACT,
    NEED,
    EVENT,
    MEETING_REQUEST,
    INTERACTION;

    /** The kind as stored and written to backups: "contact", "meeting_request". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RecordKind ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidValueException("kind", "No record is of the kind \"" + code + "\"."));
    }
}
