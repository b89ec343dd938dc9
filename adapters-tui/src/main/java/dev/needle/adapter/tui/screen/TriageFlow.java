package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.English;
import dev.needle.domain.Initiator;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.MeetingRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code t} on a contact: always a new, empty request form, where letters are text. A request still
 * waiting is named in the form; Enter on the untouched form opens it instead of recording another.
 */
final class TriageFlow {
    static final List<String> CHANNELS = Arrays.stream(Channel.values()).map(Channel::label).toList();

    /** A field choosing among {@code choices} of the channels, by their names or the words people use for them. */
    static Field channelChoice(String key, String label, List<String> choices, String value) {
        Map<String, String> words = new HashMap<>();
        Channel.otherWords().forEach((word, channel) -> words.put(word, channel.label()));
        return Field.choice(key, label, choices, words, value);
    }

    private TriageFlow() {
    }

    static Step start(Contact contact, Session session) {
        List<MeetingRequest> waiting = session.useCases().listPendingRequests().pendingRequests().stream()
                .filter(r -> r.contact().equals(contact.id())).toList();
        return Step.open(requestForm(contact, waiting));
    }

    static FormView requestForm(Contact contact) {
        return requestForm(contact, List.of());
    }

    /** {@code waiting}: this contact's requests still to triage, oldest first. */
    static FormView requestForm(Contact contact, List<MeetingRequest> waiting) {
        List<Field> fields = List.of(
                Field.text("ask", "What they asked", "", null),
                channelChoice("format", "Format", CHANNELS, Channel.COFFEE.label()),
                Field.text("place", "Place", "", null),
                Field.choice("initiator", "Who asks", List.of("they ask", "I ask"), "they ask"),
                // When they propose to meet: triage weighs that week's hours and that month's money.
                Field.date("day", "Day", Optional.empty()),
                Field.time("time", "Time", "", Field.Reads.TIME, t -> {
                    if (!t.isBlank()) {
                        TriageView.time(t);
                    }
                }));
        String intro = waiting.isEmpty() ? English.sentence("A meeting with " + contact.name()) + " Enter records it and shows the verdict."
                : waiting.size() + (waiting.size() == 1 ? " request" : " requests") + " waiting — Enter opens "
                        + (waiting.size() == 1 ? "it" : "the oldest") + "; type what " + contact.firstName()
                        + " asks to record a new one.";
        return FormView.of("Meeting request", intro,
                fields, (v, s) -> {
                    if (!waiting.isEmpty() && v.get("ask").isBlank() && v.get("place").isBlank()
                            && v.get("day").isBlank() && v.get("time").isBlank()) {
                        return Step.stay(TriageView.load(contact, waiting.get(0), s));
                    }
                    Undo.Before before = Undo.before(s, contact.id());
                    MeetingRequest recorded = s.useCases().recordMeetingRequest().recordRequest(
                            new RecordMeetingRequestUseCase.Command(contact.id(),
                                    v.get("initiator").equals("I ask") ? Initiator.ME : Initiator.THEM, v.get("ask"),
                                    channel(v.get("format")), v.get("place"), proposed(v.get("day"), v.get("time"), s),
                                    Optional.empty(),
                                    Optional.empty(), Optional.empty()));
                    before.record(s, "meeting request of " + contact.name());
                    return Step.stay(TriageView.load(contact, recorded, s));
                }).savingOnEnter().about(Drafted.about(Drafted.MEETING_REQUEST, contact));
    }

    /** The day and time proposed; a day without a time is at noon, as the schedule form assumes. */
    private static Optional<LocalDateTime> proposed(String day, String time, Session session) {
        Optional<LocalDate> date = ContactForms.date(day, session);
        if (date.isEmpty() && !time.isBlank()) {
            throw new InvalidValueException("day", "A time needs a day: write e.g. thu or dec 14.");
        }
        return date.map(d -> d.atTime(time.isBlank() ? LocalTime.NOON : TriageView.time(time)));
    }

    static Channel channel(String label) {
        return Arrays.stream(Channel.values()).filter(c -> c.label().equals(label)).findFirst().orElse(Channel.CALL);
    }
}
