package dev.needle.application.service;

import dev.needle.application.port.in.EvaluateMeetingRequestUseCase;
import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.Contact;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.triage.Verdict;
import java.util.function.Function;

/**
 * Builds the request as recording it would, then triages it without saving anything; {@code triage}
 * weighs a request as given, stored or not.
 */
public final class EvaluateMeetingRequestService implements EvaluateMeetingRequestUseCase {
    /** Never saved and never shown: a request id must be positive, and no stored one reaches this far. */
    private static final MeetingRequestId UNSAVED = new MeetingRequestId(Long.MAX_VALUE);

    private final ContactStore contacts;
    private final ClockPort clock;
    private final MeetingDefaults defaults;
    private final Function<MeetingRequest, Verdict> triage;

    public EvaluateMeetingRequestService(ContactStore contacts, ClockPort clock, MeetingDefaults defaults,
                                         Function<MeetingRequest, Verdict> triage) {
        this.contacts = contacts;
        this.clock = clock;
        this.defaults = defaults;
        this.triage = triage;
    }

    @Override
    public Verdict evaluate(RecordMeetingRequestUseCase.Command c) {
        Contact contact = Records.contact(contacts, c.contact());
        MeetingRequest hypothetical = MeetingRequest.pending(UNSAVED, contact.id(), clock.today(), c.initiator(),
                c.ask(), c.format(), c.place(), c.at(),
                defaults.estimate(c.format(), c.minutes(), c.travelMinutes(), c.money()));
        return triage.apply(hypothetical);
    }
}
