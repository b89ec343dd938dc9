package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.Initiator;
import dev.needle.domain.MeetingRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code t} on a contact: open the request still waiting for an answer, or record a new one first. */
final class TriageFlow {
    static final List<String> CHANNELS = Arrays.stream(Channel.values()).map(Channel::label).toList();

    private TriageFlow() {
    }

    static Step start(Contact contact, Session session) {
        Optional<MeetingRequest> pending = session.useCases().listPendingRequests().pendingRequests().stream()
                .filter(r -> r.contact().equals(contact.id())).findFirst();
        if (pending.isPresent()) {
            return Step.open(TriageView.load(contact, pending.get(), session));
        }
        return Step.open(requestForm(contact));
    }

    static FormView requestForm(Contact contact) {
        List<Field> fields = List.of(
                Field.text("ask", "What they asked", "", null),
                Field.choice("format", "Format", CHANNELS, Channel.COFFEE.label()),
                Field.text("place", "Place", "", null),
                Field.choice("initiator", "Who asks", List.of("they ask", "I ask"), "they ask"));
        return FormView.of("Meeting request", "A meeting with " + contact.name() + ". Enter records it and shows the verdict.",
                fields, (v, s) -> {
                    Undo.Before before = Undo.before(s, contact.id());
                    MeetingRequest recorded = s.useCases().recordMeetingRequest().recordRequest(
                            new RecordMeetingRequestUseCase.Command(contact.id(),
                                    v.get("initiator").equals("I ask") ? Initiator.ME : Initiator.THEM, v.get("ask"),
                                    channel(v.get("format")), v.get("place"), Optional.empty(), Optional.empty(),
                                    Optional.empty(), Optional.empty()));
                    before.record(s, "meeting request of " + contact.name());
                    return Step.stay(TriageView.load(contact, recorded, s));
                }).savingOnEnter();
    }

    static Channel channel(String label) {
        return Arrays.stream(Channel.values()).filter(c -> c.label().equals(label)).findFirst().orElse(Channel.CALL);
    }
}
