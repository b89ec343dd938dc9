package dev.needle.application.service;

import dev.needle.application.limits.TeamLimits;
import dev.needle.application.port.in.TriageMeetingRequestUseCase;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactIndex;
import dev.needle.application.port.out.DirectionStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.application.port.out.TimeSpentBy;
import dev.needle.domain.Contact;
import dev.needle.domain.Direction;
import dev.needle.domain.Event;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.NeedStatus;
import dev.needle.domain.PersonalLimits;
import dev.needle.domain.Tag;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import dev.needle.domain.triage.OfferDirectory;
import dev.needle.domain.triage.TriageCase;
import dev.needle.domain.triage.TriagePolicy;
import dev.needle.domain.triage.TriageSettings;
import dev.needle.domain.triage.Verdict;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

/** Gathers what triage weighs for one request and asks the triage policy for a verdict. */
public final class TriageMeetingRequestService implements TriageMeetingRequestUseCase {
    /** Who goes on a database of one person, where everyone is the founder. */
    private static final Teammate ALONE = new Teammate(new TeammateId(1), "Me", java.time.LocalDate.EPOCH);
    private final MeetingRequestStore requests;
    private final ContactIndex contacts;
    private final NeedStore needs;
    private final DirectionStore directions;
    private final CurrentBudget budget;
    private final TriagePolicy policy;
    private final EventStore events;
    private final TeamLimits limits;
    private final ActingPerson acting;

    public TriageMeetingRequestService(MeetingRequestStore requests, ContactIndex contacts, NeedStore needs,
                                       DirectionStore directions, BudgetStore budgets, InteractionStore interactions,
                                       ClockPort clock, TriageSettings settings) {
        this(requests, contacts, needs, directions, budgets, interactions, clock, settings, null);
    }

    /** With the events, so the message can name the event where you met ({@code events} may be null). */
    public TriageMeetingRequestService(MeetingRequestStore requests, ContactIndex contacts, NeedStore needs,
                                       DirectionStore directions, BudgetStore budgets, InteractionStore interactions,
                                       ClockPort clock, TriageSettings settings, EventStore events) {
        this(requests, contacts, needs, directions, TeamLimits.alone(directions, budgets), interactions, clock,
                settings, events, () -> ALONE, TimeSpentBy.everyone());
    }

    /**
     * On a team: the direction and needs are the team's, the offers and weekly hours those of who
     * would go ({@code acting} unless a caller names someone else), through {@code limits}.
     */
    public TriageMeetingRequestService(MeetingRequestStore requests, ContactIndex contacts, NeedStore needs,
                                       DirectionStore directions, TeamLimits limits, InteractionStore interactions,
                                       ClockPort clock, TriageSettings settings, EventStore events,
                                       ActingPerson acting, TimeSpentBy spent) {
        this.events = events;
        this.requests = requests;
        this.contacts = contacts;
        this.needs = needs;
        this.directions = directions;
        this.limits = limits;
        this.acting = acting;
        this.budget = new CurrentBudget(limits.budgetOf(acting::person), interactions, requests, clock,
                limits.readingAs(acting), spent);
        this.policy = new TriagePolicy(settings);
    }

    @Override
    public Verdict triage(MeetingRequestId id) {
        return triage(Records.request(requests, id));
    }

    @Override
    public Verdict triage(MeetingRequestId id, Teammate whoGoes) {
        return triage(Records.request(requests, id), whoGoes);
    }

    /** The verdict on a request as given, stored or not, for the person using Needle. */
    public Verdict triage(MeetingRequest request) {
        return triage(request, limits.whoActs(acting::person));
    }

    /**
     * The verdict on a request as given, stored or not, weighed for {@code whoGoes} against the budget of
     * the week and month it proposes (this week's when it proposes no time).
     */
    public Verdict triage(MeetingRequest request, Teammate whoGoes) {
        Optional<Direction> direction = directions.active();
        PersonalLimits theirs = limits.read();
        Set<Tag> yourOffers = theirs.offersOf(whoGoes);
        Contact contact = Records.contact(contacts, request.contact());
        // Met needs go too: a verdict says who met a need this person would have served.
        TriageCase c = new TriageCase(request, contact,
                needs.findAll().stream().filter(n -> n.isActive() || n.status() == NeedStatus.MET).toList(),
                yourOffers, network(), budget.status(whoGoes, theirs.budgetOf(whoGoes),
                        request.proposedAt().map(LocalDateTime::toLocalDate), Optional.of(request.id())));
        String metAt = events == null ? "" : contact.origin().event().flatMap(events::find).map(Event::name).orElse("");
        return policy.triage(c.metAt(metAt).forDirection(direction.orElse(null)));
    }

    /** What the people you know offer; the index keeps the directory between triages (it only changes when a contact does). */
    private OfferDirectory network() {
        return contacts.offers();
    }
}
