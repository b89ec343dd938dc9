package dev.needle.domain.triage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How you know someone, as far as the book says: the event (or place) and day you met, who introduced
 * you, and when you were last in touch. Any part may be unknown.
 */
public record Acquaintance(Optional<String> metAt, Optional<LocalDate> metOn, Optional<String> introducedBy,
                           Optional<LocalDate> lastContact) {
    public static final Acquaintance UNKNOWN = new Acquaintance(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /** "Met at Legal Tech #3 on 2026-11-12, introduced by Ana Lima; last contact 2026-11-20", or empty. */
    public String said() {
        List<String> met = new ArrayList<>();
        if (metAt.isPresent() || metOn.isPresent()) {
            met.add("met" + metAt.map(at -> " at " + at).orElse("") + metOn.map(on -> " on " + on).orElse(""));
        }
        introducedBy.ifPresent(who -> met.add("introduced by " + who));
        String said = String.join(", ", met);
        if (lastContact.isPresent()) {
            said = said.isEmpty() ? "last contact " + lastContact.get() : said + "; last contact " + lastContact.get();
        }
        return said.isEmpty() ? "" : Character.toUpperCase(said.charAt(0)) + said.substring(1);
    }
}
