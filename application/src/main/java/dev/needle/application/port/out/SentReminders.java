package dev.needle.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/** Which reminders went out on a day, so a second run that day never sends them again. */
public interface SentReminders {
    /** The keys of the reminders sent on {@code day}. */
    Set<String> sentOn(LocalDate day);

    /** Records the reminders as sent on {@code day}; keys already recorded are kept once. */
    void record(LocalDate day, Collection<String> keys);
}
