package dev.needle.adapter.tui;

import dev.needle.application.limits.TeamLimits;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.TimeSpentBy;
import dev.needle.adapter.tui.core.TuiUseCases;
import dev.needle.application.index.IndexedContactStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.application.service.AcceptMeetingService;
import dev.needle.application.service.CaptureAtEventService;
import dev.needle.application.service.CostPerNeedService;
import dev.needle.application.service.DeleteContactService;
import dev.needle.application.service.ExportPrepSheetService;
import dev.needle.application.service.FindPeopleAtCompanyService;
import dev.needle.application.service.FollowUpService;
import dev.needle.application.service.GetTodayService;
import dev.needle.application.service.KeepInTouchService;
import dev.needle.application.service.ListDueService;
import dev.needle.application.service.PlanEventService;
import dev.needle.application.service.PrepareEventService;
import dev.needle.application.service.RevertService;
import dev.needle.application.service.AddNeedService;
import dev.needle.application.service.CaptureContactService;
import dev.needle.application.service.CounterMeetingService;
import dev.needle.application.service.DeclineMeetingService;
import dev.needle.application.service.DropNeedService;
import dev.needle.application.service.EditContactService;
import dev.needle.application.service.EditNeedService;
import dev.needle.application.service.FindHelpersService;
import dev.needle.application.service.GetBudgetStatusService;
import dev.needle.application.service.GetDirectionService;
import dev.needle.application.service.ListFollowUpsService;
import dev.needle.application.service.ListNeedsService;
import dev.needle.application.service.ListPendingRequestsService;
import dev.needle.application.service.LogInteractionService;
import dev.needle.application.service.MarkNeedMetService;
import dev.needle.application.service.MeetingDefaults;
import dev.needle.application.service.OfferHelpService;
import dev.needle.application.service.RecordMeetingRequestService;
import dev.needle.application.service.ReorderNeedService;
import dev.needle.application.service.SearchContactsService;
import dev.needle.application.service.SetBudgetService;
import dev.needle.application.service.SetDirectionService;
import dev.needle.application.service.TriageMeetingRequestService;
import dev.needle.application.service.ViewContactService;
import dev.needle.application.service.fake.Fakes;
import dev.needle.application.service.fake.TestThreads;
import dev.needle.domain.triage.TriageSettings;

/** The real application services over the application's in-memory fakes, as the UI tests use them. */
final class Wiring {
    final Fakes fakes;
    final IndexedContactStore contacts;
    final Transactions tx;
    TuiUseCases useCases;

    Wiring() {
        this(store -> store);
    }

    /** Another session on the same data as {@code other}: its own search index, as a second process has. */
    Wiring(Wiring other) {
        this(other.fakes, store -> store);
    }

    /** With the contact store seen through {@code around}: how a test makes the database fail under the UI. */
    Wiring(java.util.function.UnaryOperator<dev.needle.application.port.out.ContactStore> around) {
        this(new Fakes(), around);
    }

    private Wiring(Fakes fakes, java.util.function.UnaryOperator<dev.needle.application.port.out.ContactStore> around) {
        this(fakes, around, ME);
    }

    /**
     * Another session on the same data as {@code other}, acting as {@code person}: a partner on a team
     * (join them to {@code fakes.team} first). Their offers and weekly hours are their own.
     */
    Wiring(Wiring other, dev.needle.domain.Teammate person) {
        this(other.fakes, store -> store, person);
        useCases = useCases.withTeam(new dev.needle.application.port.in.TeamUseCase() {
            @Override
            public dev.needle.domain.Teammate me() {
                return person;
            }

            @Override
            public dev.needle.domain.Team team() {
                return fakes.team.team();
            }
        });
    }

    private Wiring(Fakes fakes, java.util.function.UnaryOperator<dev.needle.application.port.out.ContactStore> around,
                   dev.needle.domain.Teammate person) {
        this.fakes = fakes;
        this.acting = () -> person;
        limits = new TeamLimits(fakes.limits, fakes.directions, fakes.budget, fakes.team::team, fakes.transactions);
        contacts = new IndexedContactStore(around.apply(fakes.contacts), new TestThreads());
        tx = contacts.guard(fakes.transactions);
        useCases = build();
    }

    /** Who acts in a session that never shares its database (nobody has joined the fakes' team: the founder). */
    private static final dev.needle.domain.Teammate ME = new dev.needle.domain.Teammate(
            new dev.needle.domain.TeammateId(1), "Me", java.time.LocalDate.of(2026, 1, 1));
    private final ActingPerson acting;
    private final TeamLimits limits;

    /** The same wiring, with the budget set by {@code config} at each start. */
    Wiring withBudgetConfigFile(java.nio.file.Path config) {
        useCases = useCases.withBudgetConfigFile(config);
        return this;
    }

    private TuiUseCases build() {
        TriageSettings settings = TriageSettings.defaults();
        // As the app wires a session: the team's direction with my offers, my hours with the team's money.
        var directions = limits.directionsOf(acting::person);
        var budget = limits.budgetOf(acting::person);
        LogInteractionService log =
                new LogInteractionService(fakes.interactions, contacts, fakes.needs, fakes.ids, fakes.clock, tx);
        PrepareEventService prepare = new PrepareEventService(fakes.events, fakes.needs, contacts, settings, directions);
        DeleteContactService delete = new DeleteContactService(contacts, fakes.interactions, fakes.requests, fakes.keepInTouch, tx);
        RevertService revert = new RevertService(contacts, fakes.needs, fakes.requests, fakes.events,
                fakes.interactions, budget, fakes.keepInTouch, delete, tx, directions);
        return new TuiUseCases(
                new GetDirectionService(directions),
                new SetDirectionService(directions, fakes.ids, fakes.clock, tx),
                new ListNeedsService(fakes.needs),
                new AddNeedService(fakes.needs, fakes.ids),
                new EditNeedService(fakes.needs),
                new ReorderNeedService(fakes.needs, tx),
                new MarkNeedMetService(fakes.needs, contacts, fakes.clock),
                new DropNeedService(fakes.needs),
                new FindHelpersService(fakes.needs, contacts, settings),
                new SearchContactsService(contacts),
                new CaptureContactService(contacts, fakes.events, fakes.ids, fakes.clock),
                new EditContactService(contacts),
                new ViewContactService(contacts, fakes.interactions, fakes.requests),
                new RecordMeetingRequestService(fakes.requests, contacts, fakes.ids, fakes.clock, tx,
                        MeetingDefaults.standard()),
                new ListPendingRequestsService(fakes.requests),
                new TriageMeetingRequestService(fakes.requests, contacts, fakes.needs, directions, limits,
                        fakes.interactions, fakes.clock, settings, fakes.events, acting, TimeSpentBy.everyone()),
                new AcceptMeetingService(fakes.requests, contacts, tx),
                new CounterMeetingService(fakes.requests, tx),
                new OfferHelpService(fakes.requests, contacts, fakes.clock, tx),
                new DeclineMeetingService(fakes.requests, contacts, fakes.clock, tx),
                new GetBudgetStatusService(budget, fakes.interactions, fakes.clock, acting, TimeSpentBy.everyone()),
                new SetBudgetService(budget),
                new ListFollowUpsService(contacts, fakes.clock),
                log,
                new TuiUseCases.Week(
                        new GetTodayService(contacts, fakes.requests, fakes.needs, budget, fakes.interactions,
                                fakes.clock, acting, TimeSpentBy.everyone()),
                        new FollowUpService(contacts, log, fakes.clock, tx),
                        new PlanEventService(fakes.events, fakes.ids),
                        prepare,
                        new ExportPrepSheetService(prepare),
                        new CaptureAtEventService(contacts, fakes.events, fakes.ids),
                        delete,
                        revert,
                        new CostPerNeedService(fakes.needs, fakes.interactions),
                        new FindPeopleAtCompanyService(contacts),
                        new TuiUseCases.Touch(new KeepInTouchService(fakes.keepInTouch, contacts, fakes.clock, tx),
                                new ListDueService(fakes.keepInTouch, contacts, fakes.needs, fakes.clock)),
                        new dev.needle.application.service.MergeDuplicatesService(contacts, fakes.interactions,
                                fakes.requests, fakes.needs, revert, tx)))
                .withChanges(new dev.needle.application.service.CheckForChangesService(fakes.changes));
    }
}
