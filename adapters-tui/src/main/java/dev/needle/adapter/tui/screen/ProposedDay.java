package dev.needle.adapter.tui.screen;

import dev.needle.domain.MeetingRequest;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The day and time a request proposes, as a list shows it beside the request: "Tue Mar 24, 15:00". */
final class ProposedDay {
    private ProposedDay() {
    }

    static Optional<String> of(MeetingRequest request) {
        return request.proposedAt().map(Pattern.SHORT::format);
    }

    /** Made on the first day shown, not when Today's first frame lists requests that propose none. */
    private static final class Pattern {
        static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE MMM d, HH:mm", Locale.ENGLISH);
    }
}
