package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.application.port.in.FollowUpUseCase;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.TypedMinutes;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up keys, the same wherever a person with a follow-up is selected (Today, Follow-ups):
 * z snooze a day, w a week, s set a date (a custom snooze), c complete. Each change can be undone.
 */
final class FollowUpKeys {
    /** The entries for a screen's key map, on {@code contact}; each runs {@link #handle}. */
    static List<Binding> bindings(Contact contact, View here) {
        Binding.Handler run = (k, s) -> handle(k, contact, here, s).orElseThrow();
        return List.of(Binding.on("z", "snooze 1 day", run), Binding.on("w", "snooze 1 week", run),
                Binding.on("s", "set date", run), Binding.on("c", "complete", run));
    }

    private FollowUpKeys() {
    }

    /** What the key does to this contact, or empty when it is not a follow-up key. */
    static Optional<Step> handle(Key key, Contact contact, View here, Session session) {
        if (key.is('z') || key.is('w')) {
            int days = key.is('z') ? 1 : 7;
            Undo.Before before = Undo.before(session, contact.id());
            Contact snoozed = session.useCases().week().followUps().snooze(contact.id(), days);
            before.record(session, "snooze of " + contact.name());
            return Optional.of(Step.stay(here.refreshed(session)).say("Snoozed " + contact.name() + " to "
                    + snoozed.nextFollowUp().map(LocalDate::toString).orElse("—") + ". u undoes."));
        }
        if (key.is('s')) {
            return Optional.of(Step.open(dateForm(contact)));
        }
        if (key.is('c')) {
            return Optional.of(Step.open(completeForm(contact)));
        }
        return Optional.empty();
    }

    static FormView dateForm(Contact contact) {
        return FormView.of("Follow up with " + contact.name(), "A date like fri, +3d or dec 12; empty clears the follow-up.",
                List.of(Field.date("on", "Follow up on", contact.nextFollowUp(), "date", "follow up")),
                (v, s) -> {
                    Optional<LocalDate> on = ContactForms.date(v.get("on"), s);
                    Undo.Before before = Undo.before(s, contact.id());
                    s.useCases().week().followUps().setFollowUp(contact.id(), on);
                    before.record(s, "follow-up change for " + contact.name());
                    return Step.back().say(on.map(d -> "Follow up with " + contact.name() + " on " + d + ".")
                            .orElse("No follow-up for " + contact.name() + " any more."));
                }).savingOnEnter().about(Drafted.about(Drafted.FOLLOW_UP, contact));
    }

    static FormView completeForm(Contact contact) {
        List<String> channels = Arrays.stream(Channel.values()).map(Channel::label).toList();
        return FormView.of("Follow-up done: " + contact.name(),
                "Logs the touchpoint. Next follow-up: a date, or empty for none.",
                List.of(TriageFlow.channelChoice("channel", "How", channels, Channel.EMAIL.label()),
                        Field.text("minutes", "Minutes", "10", FollowUpKeys::minutes, "minutes").suggested(),
                        Field.text("notes", "Notes", "", null),
                        Field.date("next", "Next follow-up", Optional.empty(), "date", "follow up")),
                (v, s) -> {
                    Channel channel = Arrays.stream(Channel.values()).filter(c -> c.label().equals(v.get("channel")))
                            .findFirst().orElse(Channel.EMAIL);
                    Undo.Before before = Undo.before(s, contact.id());
                    Contact done = s.useCases().week().followUps().complete(new FollowUpUseCase.Completion(contact.id(),
                            channel, minutes(v.get("minutes")), v.get("notes"), ContactForms.date(v.get("next"), s)));
                    before.record(s, "completed follow-up with " + contact.name());
                    return Step.back().say("Logged the follow-up with " + contact.name() + "; next: "
                            + done.nextFollowUp().map(LocalDate::toString).orElse("none") + ".");
                }).about(Drafted.about(Drafted.FOLLOW_UP_DONE, contact));
    }

    private static int minutes(String text) {
        int minutes = TypedMinutes.inField("minutes", text);
        if (minutes < 0 || minutes > 24 * 60) {
            throw new InvalidValueException("minutes", "Write 0 to 1440 minutes.");
        }
        return minutes;
    }
}
