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
import dev.needle.application.service.PrivateNoteService;
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
import dev.needle.application.service.fake.WatchedThreads;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import dev.needle.domain.triage.TriageSettings;

/** The real application services over the application's in-memory fakes, as the UI tests use them. */
final class Wiring {
    /** The person of a screen test that does not play partners (as {@code TuiUseCases} assumes by default). */
    private static final Teammate ME = new Teammate(new TeammateId(1), "Me", java.time.LocalDate.of(2026, 1, 1));
    final Fakes fakes;
    final IndexedContactStore contacts;
    /** The threads the index reads everyone on: a test can wait for that work to end. */
    final WatchedThreads threads = new WatchedThreads();
    final Transactions tx;
    /** Who acts in this session: "Me" unless a test plays a second partner. */
    final Teammate acting;
    TuiUseCases useCases;

    Wiring() {
        this(store -> store);
    }

    /** Another session on the same data as {@code other}: its own search index, as a second process has. */
    Wiring(Wiring other) {
        this(other.fakes, store -> store, ME);
    }

    /** Another session on the same data as {@code other}, its contact store seen through {@code around}. */
    Wiring(Wiring other, java.util.function.UnaryOperator<dev.needle.application.port.out.ContactStore> around) {
        this(other.fakes, around, ME);
    }

    /** Another session on the same data as {@code other}, of another person on the team. */
    Wiring(Wiring other, String person) {
        this(other.fakes, store -> store, joinedAfter(other, new Teammate(new TeammateId(other.fakes.ids.next()),
                person, Fakes.TODAY)));
    }

    /** {@code person}, joined after the person {@code other} acts as (its founder when nobody joined yet). */
    private static Teammate joinedAfter(Wiring other, Teammate person) {
        other.fakes.team.join(other.acting);
        return other.fakes.team.join(person);
    }

    /** With the contact store seen through {@code around}: how a test makes the database fail under the UI. */
    Wiring(java.util.function.UnaryOperator<dev.needle.application.port.out.ContactStore> around) {
        this(new Fakes(), around, ME);
    }

    /**
     * Another session on the same data as {@code other}, acting as {@code person}: a partner on a team.
     * Their offers and weekly hours are their own.
     */
    Wiring(Wiring other, Teammate person) {
        this(other.fakes, store -> store, person);
    }

    private Wiring(Fakes fakes, java.util.function.UnaryOperator<dev.needle.application.port.out.ContactStore> around,
                   Teammate acting) {
        this.fakes = fakes;
        // "Me" joins only with a partner (see joinedAfter): alone, a test's team is whoever it joins itself.
        this.acting = acting.equals(ME) ? ME : fakes.team.join(acting);
        limits = new TeamLimits(fakes.limits, fakes.directions, fakes.budget, fakes.team::team, fakes.transactions);
        contacts = new IndexedContactStore(around.apply(fakes.contacts), threads);
        tx = contacts.guard(fakes.transactions);
        useCases = build();
    }

    /**
     * The same data as seen by {@code who}, one of a team sharing it: whose is what, giving it to a
     * teammate, the day split into theirs and the team's, and undo of a giving.
     */
    Wiring actingAs(dev.needle.domain.Teammate who) {
        dev.needle.application.port.out.ActingPerson acting = () -> who;
        var assign = new dev.needle.application.service.AssignService(fakes.assignments, fakes.team, acting, contacts,
                fakes.requests, tx);
        TuiUseCases.Week w = useCases.week();
        TuiUseCases.Week week = new TuiUseCases.Week(w.today(), w.followUps(), w.planEvent(), w.prepareEvent(),
                w.exportPrepSheet(), w.captureAtEvent(), w.deleteContact(),
                new dev.needle.application.team.AssignmentRevert(w.revert(), fakes.assignments, fakes.team, tx),
                w.costPerNeed(), w.peopleAtCompany(), w.touch(), w.mergeDuplicates());
        TuiUseCases u = useCases;
        useCases = new TuiUseCases(u.getDirection(), u.setDirection(), u.listNeeds(), u.addNeed(), u.editNeed(),
                u.reorderNeed(), u.markNeedMet(), u.dropNeed(), u.findHelpers(), u.searchContacts(), u.captureContact(),
                u.editContact(), u.viewContact(), u.recordMeetingRequest(), u.listPendingRequests(), u.triage(),
                u.acceptMeeting(), u.counterMeeting(), u.offerHelp(), u.declineMeeting(), u.budgetStatus(), u.setBudget(),
                u.followUps(), u.logInteraction(), week)
                .withChanges(u.changes())
                .withTeam(new dev.needle.application.service.TeamService(acting, fakes.team))
                .withMine(new TuiUseCases.Mine(assign,
                        new dev.needle.application.service.MyTodayService(w.today(), assign)))
                .withDrafts(new dev.needle.application.service.KeepDraftsService(fakes.drafts, acting, fakes.clock));
        return this;
    }

    private final TeamLimits limits;

    /** The same wiring, with the budget set by {@code config} at each start. */
    Wiring withBudgetConfigFile(java.nio.file.Path config) {
        useCases = useCases.withBudgetConfigFile(config);
        return this;
    }

    private TuiUseCases build() {
        TriageSettings settings = TriageSettings.defaults();
        // As the app wires a session: the team's direction with my offers, my hours with the team's money.
        ActingPerson who = () -> acting;
        var directions = limits.directionsOf(who::person);
        var budget = limits.budgetOf(who::person);
        LogInteractionService log =
                new LogInteractionService(fakes.interactions, contacts, fakes.requests, fakes.needs, fakes.ids, fakes.clock, tx);
        PrepareEventService prepare = new PrepareEventService(fakes.events, fakes.needs, contacts, settings, directions,
                fakes.interactions);
        DeleteContactService delete = new DeleteContactService(contacts, fakes.interactions, fakes.requests, fakes.keepInTouch,
                fakes.privateNotes, tx);
        RevertService revert = new RevertService(contacts, fakes.needs, fakes.requests, fakes.events,
                fakes.interactions, budget, fakes.keepInTouch, delete, fakes.privateNotes, tx, directions);
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
                new ViewContactService(contacts, fakes.interactions, fakes.requests, fakes.events),
                new RecordMeetingRequestService(fakes.requests, contacts, fakes.ids, fakes.clock, tx,
                        MeetingDefaults.standard()),
                new ListPendingRequestsService(fakes.requests),
                new TriageMeetingRequestService(fakes.requests, contacts, fakes.needs, directions, limits,
                        fakes.interactions, fakes.clock, settings, fakes.events, who, TimeSpentBy.everyone()),
                new AcceptMeetingService(fakes.requests, contacts, tx),
                new CounterMeetingService(fakes.requests, tx),
                new OfferHelpService(fakes.requests, contacts, fakes.clock, tx),
                new DeclineMeetingService(fakes.requests, contacts, fakes.clock, tx),
                new GetBudgetStatusService(budget, fakes.interactions, fakes.requests, fakes.clock, who, TimeSpentBy.everyone()),
                new SetBudgetService(budget),
                new ListFollowUpsService(contacts, fakes.clock),
                log,
                new TuiUseCases.Week(
                        new GetTodayService(contacts, fakes.requests, fakes.needs, budget, fakes.interactions,
                                fakes.clock, who, TimeSpentBy.everyone(), fakes.events, new WatchedThreads()),
                        new FollowUpService(contacts, log, fakes.clock, tx),
                        new PlanEventService(fakes.events, fakes.ids),
                        prepare,
                        new ExportPrepSheetService(prepare),
                        new CaptureAtEventService(contacts, contacts, fakes.events, fakes.ids, fakes.clock, tx),
                        delete,
                        revert,
                        new CostPerNeedService(fakes.needs, fakes.interactions),
                        new FindPeopleAtCompanyService(contacts),
                        new TuiUseCases.Touch(new KeepInTouchService(fakes.keepInTouch, contacts, fakes.clock, tx),
                                new ListDueService(fakes.keepInTouch, contacts, fakes.needs, fakes.clock)),
                        new dev.needle.application.service.MergeDuplicatesService(contacts, fakes.interactions,
                                fakes.requests, fakes.needs, fakes.privateNotes, revert, tx)))
                .withChanges(new dev.needle.application.service.CheckForChangesService(fakes.changes))
                .withTeam(new dev.needle.application.service.TeamService(() -> acting, fakes.team))
                .withPrivateNotes(new PrivateNoteService(fakes.privateNotes, contacts, () -> acting, fakes.clock, tx))
                .withDrafts(new dev.needle.application.service.KeepDraftsService(fakes.drafts, () -> acting, fakes.clock));
    }
}
