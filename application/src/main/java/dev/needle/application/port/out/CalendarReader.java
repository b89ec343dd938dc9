package dev.needle.application.port.out;

import dev.needle.application.port.in.CalendarEntry;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the events of an .ics file or a folder of them (a khal or vdirsyncer vdir). A recurring event
 * yields its occurrences from {@code first} to {@code last} only; a single event is returned whatever its date.
 */
public interface CalendarReader {
    List<CalendarEntry> read(String location, LocalDate first, LocalDate last);
}
