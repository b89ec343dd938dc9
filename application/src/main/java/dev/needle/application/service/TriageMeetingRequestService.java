package dev.needle.application.service;

import dev.needle.application.port.in.TriageMeetingRequestUseCase;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactIndex;
import dev.needle.application.port.out.DirectionStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.Contact;
import dev.needle.domain.Direction;
import dev.needle.domain.Event;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.NeedStatus;
import dev.needle.domain.Tag;
import dev.needle.domain.triage.OfferDirectory;
import dev.needle.domain.triage.TriageCase;
import dev.needle.domain.triage.TriagePolicy;
import dev.needle.domain.triage.TriageSettings;
import dev.needle.domain.triage.Verdict;
import java.util.Optional;
import java.util.Set;

/** Gathers what triage weighs for one request and asks the triage policy for a verdict. */
public final class TriageMeetingRequestService implements TriageMeetingRequestUseCase {
    private final MeetingRequestStore requests;
    private final ContactIndex contacts;
    private final NeedStore needs;
    private final DirectionStore directions;
    private final CurrentBudget budget;
    private final TriagePolicy policy;
    private final EventStore events;

    public TriageMeetingRequestService(MeetingRequestStore requests, ContactIndex contacts, NeedStore needs,
                                       DirectionStore directions, BudgetStore budgets, InteractionStore interactions,
                                       ClockPort clock, TriageSettings settings) {
        this(requests, contacts, needs, directions, budgets, interactions, clock, settings, null);
    }

    /** With the events, so the message can name the event where you met ({@code events} may be null). */
    public TriageMeetingRequestService(MeetingRequestStore requests, ContactIndex contacts, NeedStore needs,
                                       DirectionStore directions, BudgetStore budgets, InteractionStore interactions,
                                       ClockPort clock, TriageSettings settings, EventStore events) {
        this.events = events;
        this.requests = requests;
        this.contacts = contacts;
        this.needs = needs;
        this.directions = directions;
        this.budget = new CurrentBudget(budgets, interactions, clock);
        this.policy = new TriagePolicy(settings);
    }

    @Override
    public Verdict triage(MeetingRequestId id) {
        return triage(Records.request(requests, id));
    }

    /** The verdict on a request as given, stored or not. */
    public Verdict triage(MeetingRequest request) {
        Optional<Direction> direction = directions.active();
        Set<Tag> yourOffers = direction.map(Direction::offers).orElse(Set.of());
        Contact contact = Records.contact(contacts, request.contact());
        // Met needs go too: a verdict says who met a need this person would have served.
        TriageCase c = new TriageCase(request, contact,
                needs.findAll().stream().filter(n -> n.isActive() || n.status() == NeedStatus.MET).toList(),
                yourOffers, network(), budget.status());
        String metAt = events == null ? "" : contact.origin().event().flatMap(events::find).map(Event::name).orElse("");
        return policy.triage(c.metAt(metAt).forDirection(direction.map(Direction::kind).orElse(null)));
    }

    /** What the people you know offer; the index keeps the directory between triages (it only changes when a contact does). */
    private OfferDirectory network() {
        return contacts.offers();
    }
}
