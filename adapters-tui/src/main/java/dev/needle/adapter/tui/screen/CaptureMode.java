package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.application.port.in.CaptureAtEventUseCase;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import java.time.LocalDate;
import java.util.List;

/**
 * Capture mode after an event: Tab moves to the next field, Enter saves the person (met at the event,
 * follow-up a couple of days after it; someone expected there is met, not added again) and starts the
 * next one at the name, Esc ends. Before the event the people added are those expected there, and the
 * intro says so: an event dated wrongly ("thu" typed for last Thursday) shows here before anyone is
 * recorded as met on a day still to come.
 */
final class CaptureMode {
    private static final ContactId PROBE = new ContactId(1);

    private CaptureMode() {
    }

    static FormView start(Event event, LocalDate today) {
        return form(event, event.isStillToCome(today), 0, today);
    }

    private static FormView form(Event event, boolean toCome, int count, LocalDate today) {
        LocalDate followUp = event.followUpAfter(CaptureAtEventUseCase.DEFAULT_FOLLOW_UP_DAYS, today);
        String intro = toCome
                ? "Still to come, on " + event.when() + ": people added are expected there, for its"
                        + " prep sheet. Met already? e on the event fixes its date. " + count + " added; Esc: done."
                : "Met at " + event.name() + " · follow up on " + followUp + " · " + count
                        + " captured. Tab: next field, Enter: save and next person, Esc: done.";
        return FormView.of((toCome ? "Expected at: " : "Capture: ") + event.name(), intro, List.of(
                Field.text("name", "Name", "", v -> Contact.capture(PROBE, v)),
                Field.text("company", "Company", "", v -> Contact.capture(PROBE, "x").edit().company(v).build()),
                Field.text("role", "Role", "", v -> Contact.capture(PROBE, "x").edit().role(v).build()),
                Field.text("notes", "Notes", "", null)), (v, s) -> {
                    CaptureAtEventUseCase.Captured captured = s.useCases().week().captureAtEvent().capture(
                            CaptureAtEventUseCase.Command.of(event.id(), v.get("name"), v.get("company"), v.get("role"),
                                    v.get("notes")));
                    Contact saved = captured.contact();
                    if (captured.expectedAt().isPresent()) {
                        Event after = captured.expectedAt().get();
                        Undo.expected(s, saved, captured.known(), after.without(saved.id()), after);
                        return Step.stay(form(event, true, count + 1, today)).say((captured.known() ? "Known already: "
                                + saved.name() + (saved.company().isEmpty() ? "" : " of " + saved.company()) : "Saved "
                                + saved.name()) + ", expected at " + event.name() + ". Next person, or Esc.");
                    }
                    String due = saved.nextFollowUp().map(LocalDate::toString).orElse("—");
                    if (captured.before().isPresent()) {
                        // Expected there: the same person, now met; undo puts back who they were before.
                        Undo.contact(s, "meeting " + saved.name() + " at " + event.name(), captured.before().get(), saved);
                        return Step.stay(form(event, false, count + 1, today)).say("Met " + saved.name()
                                + " (expected here), follow up on " + due + ". Next person, or Esc.");
                    }
                    Undo.captured(s, saved);
                    return Step.stay(form(event, false, count + 1, today)).say("Saved " + saved.name() + ", follow up on "
                            + due + ". Next person, or Esc.");
                }).savingOnEnter().about(Drafted.about(Drafted.CAPTURE_AT, event));
    }
}
