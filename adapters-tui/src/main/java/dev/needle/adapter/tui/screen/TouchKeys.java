package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.View;
import dev.needle.application.port.in.KeepInTouchUseCase;
import dev.needle.application.port.in.RecordChange;
import dev.needle.domain.ContactId;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.TouchDue;
import java.util.List;

/**
 * The keys on someone losing touch, like those on a follow-up: l logs an interaction (which resets the
 * count), z snoozes a day, w a week, k sets their cadence. Each change is one undo step.
 */
final class TouchKeys {
    private TouchKeys() {
    }

    static List<Binding> bindings(TouchDue due, View here) {
        return List.of(
                Binding.on("l", "log interaction", (k, s) -> Step.open(logForm(due, s))),
                Binding.on("z", "snooze 1 day", (k, s) -> snooze(due, 1, here, s)),
                Binding.on("w", "snooze 1 week", (k, s) -> snooze(due, 7, here, s)),
                Binding.on("k", "keep in touch", (k, s) -> Step.open(TouchForms.person(due.contact(), s))));
    }

    /** The same log form as on their page: one of the meeting set with them starts from it and holds it. */
    private static dev.needle.adapter.tui.form.FormView logForm(TouchDue due, Session session) {
        var requests = session.useCases().viewContact().viewContact(due.contact().id()).requests();
        return InteractionForm.of(due.contact(), InteractionForm.lastScheduled(requests),
                session.useCases().week().today().date());
    }

    private static Step snooze(TouchDue due, int days, View here, Session session) {
        KeepInTouchUseCase touch = session.useCases().week().touch().keepInTouch();
        KeepInTouch before = touch.status(due.contact().id()).settings();
        KeepInTouch after = touch.snooze(due.contact().id(), days);
        record(session, "snooze of " + due.contact().name(), due.contact().name(), before, after);
        return Step.stay(here.refreshed(session)).say("Snoozed " + due.contact().name() + " until "
                + touch.status(due.contact().id()).due().map(d -> d.dueOn().toString()).orElse("—") + ". u undoes.");
    }

    /** One undo step for a change of someone's keep-in-touch settings. */
    static void record(Session session, String what, String name, KeepInTouch before, KeepInTouch after) {
        session.undo().record(what, List.of(new RecordChange.KeepInTouchSet(name, before, after)));
    }

    static KeepInTouch settings(ContactId id, Session session) {
        return session.useCases().week().touch().keepInTouch().status(id).settings();
    }
}
