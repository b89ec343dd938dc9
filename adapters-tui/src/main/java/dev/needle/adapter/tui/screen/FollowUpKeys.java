package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.KeyHint;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.application.port.in.FollowUpUseCase;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.InvalidValueException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up keys, the same wherever a person with a follow-up is selected (Today, Follow-ups):
 * z snooze a day, w a week, s set a date (a custom snooze), c complete. Each change can be undone.
 */
final class FollowUpKeys {
    static final List<KeyHint> HINTS = List.of(KeyHint.of("z", "snooze 1 day"), KeyHint.of("w", "snooze 1 week"),
            KeyHint.of("s", "set date"), KeyHint.of("c", "complete"));

    private FollowUpKeys() {
    }

    /** What the key does to this contact, or empty when it is not a follow-up key. */
    static Optional<Step> handle(Key key, Contact contact, View here, Session session) {
        if (key.is('z') || key.is('w')) {
            int days = key.is('z') ? 1 : 7;
            Contact snoozed = session.useCases().week().followUps().snooze(contact.id(), days);
            Undo.contact(session, contact, "snooze of " + contact.name());
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
                    s.useCases().week().followUps().setFollowUp(contact.id(), on);
                    Undo.contact(s, contact, "follow-up change for " + contact.name());
                    return Step.back().say(on.map(d -> "Follow up with " + contact.name() + " on " + d + ".")
                            .orElse("No follow-up for " + contact.name() + " any more."));
                }).savingOnEnter();
    }

    static FormView completeForm(Contact contact) {
        List<String> channels = Arrays.stream(Channel.values()).map(Channel::label).toList();
        return FormView.of("Follow-up done: " + contact.name(),
                "Logs the touchpoint. Next follow-up: a date, or empty for none.",
                List.of(Field.choice("channel", "How", channels, Channel.EMAIL.label()),
                        Field.text("minutes", "Minutes", "10", FollowUpKeys::minutes, "minutes"),
                        Field.text("notes", "Notes", "", null),
                        Field.date("next", "Next follow-up", Optional.empty(), "date", "follow up")),
                (v, s) -> {
                    Channel channel = Arrays.stream(Channel.values()).filter(c -> c.label().equals(v.get("channel")))
                            .findFirst().orElse(Channel.EMAIL);
                    Contact done = s.useCases().week().followUps().complete(new FollowUpUseCase.Completion(contact.id(),
                            channel, minutes(v.get("minutes")), v.get("notes"), ContactForms.date(v.get("next"), s)));
                    return Step.back().say("Logged the follow-up with " + contact.name() + "; next: "
                            + done.nextFollowUp().map(LocalDate::toString).orElse("none") + ".");
                });
    }

    private static int minutes(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("minutes", "\"" + text.strip() + "\" is not a number of minutes.");
        }
    }
}
