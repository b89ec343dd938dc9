package dev.needle.application.service;

import dev.needle.application.port.in.TriageMeetingRequestUseCase;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.DirectionStore;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.Direction;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Need;
import dev.needle.domain.Tag;
import dev.needle.domain.triage.OfferDirectory;
import dev.needle.domain.triage.TriageCase;
import dev.needle.domain.triage.TriagePolicy;
import dev.needle.domain.triage.TriageSettings;
import dev.needle.domain.triage.Verdict;
import java.util.Set;

/** Gathers what triage weighs for one request and asks the triage policy for a verdict. */
public final class TriageMeetingRequestService implements TriageMeetingRequestUseCase {
    private final MeetingRequestStore requests;
    private final IndexedContactStore contacts;
    private final NeedStore needs;
    private final DirectionStore directions;
    private final CurrentBudget budget;
    private final TriagePolicy policy;

    public TriageMeetingRequestService(MeetingRequestStore requests, IndexedContactStore contacts, NeedStore needs,
                                       DirectionStore directions, BudgetStore budgets, InteractionStore interactions,
                                       ClockPort clock, TriageSettings settings) {
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
    Verdict triage(MeetingRequest request) {
        Set<Tag> yourOffers = directions.active().map(Direction::offers).orElse(Set.of());
        TriageCase c = new TriageCase(request, Records.contact(contacts, request.contact()),
                needs.findAll().stream().filter(Need::isActive).toList(), yourOffers, network(),
                budget.status());
        return policy.triage(c);
    }

    /**
     * What the people you know offer. The indexed store keeps the directory between triages (it only
     * changes when a contact does); any other store is read in full and the directory built for this one.
     */
    private OfferDirectory network() {
        return contacts.offers();
    }
}
