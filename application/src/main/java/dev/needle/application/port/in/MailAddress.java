package dev.needle.application.port.in;

import java.util.Locale;
import java.util.Objects;

/** One address from a mail header or a calendar attendee: a display name (may be blank) and the address. */
public record MailAddress(String name, String email) {
    public MailAddress {
        name = name == null ? "" : name.strip();
        email = Objects.requireNonNull(email, "email").strip();
    }

    /** The address as compared: mail addresses are matched without regard to case. */
    public String key() {
        return email.toLowerCase(Locale.ROOT);
    }
}
