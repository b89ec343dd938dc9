package dev.needle.adapter.tui.screen;

import dev.needle.application.port.in.KeepInTouchUseCase;
import dev.needle.domain.TouchDue;

/** The contact page's keep-in-touch line: "Keep in touch: every 6 weeks (own) · due 2027-01-17". */
final class TouchLine {
    private TouchLine() {
    }

    /** The line for what applies to the person now; empty when no cadence does (none set, or "never"). */
    static String of(KeepInTouchUseCase.Status status) {
        return status.due().map(TouchLine::of).orElse("");
    }

    private static String of(TouchDue due) {
        String from = due.fromTag().map(t -> "from tag " + t.value()).orElse("own");
        return "Keep in touch: " + due.cadence().label() + " (" + from + ") · due " + due.dueOn();
    }
}
