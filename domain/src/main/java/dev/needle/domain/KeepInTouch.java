package dev.needle.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One person's keep-in-touch settings: their own cadence (empty: their tags' default applies), a
 * snooze (not due before that date), and the day these settings were first made, which counts as the
 * last contact when nothing else is known (see {@link TouchRule}).
 */
public record KeepInTouch(ContactId contact, Optional<Cadence> own, Optional<LocalDate> snoozedUntil, LocalDate since) {
    public KeepInTouch {
        Check.notNull("contact", contact);
        own = Check.opt(own);
        snoozedUntil = Check.opt(snoozedUntil);
        Check.notNull("since", since);
    }

    /** No settings yet: the tags' default applies, nothing snoozed. */
    public static KeepInTouch none(ContactId contact, LocalDate today) {
        return new KeepInTouch(contact, Optional.empty(), Optional.empty(), today);
    }

    public KeepInTouch every(Optional<Cadence> cadence) {
        return new KeepInTouch(contact, cadence, snoozedUntil, since);
    }

    /**
     * Snoozed by some days from the later of today and the date it is due now; a snooze never brings
     * the due date earlier, so an earlier snooze that reaches further is kept.
     */
    public KeepInTouch snoozed(LocalDate today, LocalDate dueOn, int days) {
        if (days < 1) {
            throw new InvalidValueException("snooze", "Snooze by at least one day.");
        }
        LocalDate until = (dueOn.isAfter(today) ? dueOn : today).plusDays(days);
        LocalDate kept = snoozedUntil.filter(s -> s.isAfter(until)).orElse(until);
        return new KeepInTouch(contact, own, Optional.of(kept), since);
    }

    /** True when these settings say nothing (no own cadence, no snooze): the same as having none. */
    public boolean isBlank() {
        return own.isEmpty() && snoozedUntil.isEmpty();
    }
}
