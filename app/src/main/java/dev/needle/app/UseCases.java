package dev.needle.app;

import dev.needle.application.index.IndexedContactStore;
import dev.needle.application.index.OneOffSearch;
import dev.needle.application.team.Authorship;
import dev.needle.application.team.SpentByWhoMet;
import dev.needle.application.team.RecordAuthorsService;
import dev.needle.application.port.in.RecordAuthorsUseCase;
import dev.needle.application.port.in.AcceptMeetingUseCase;
import dev.needle.application.port.in.AssignUseCase;
import dev.needle.application.port.in.MyTodayUseCase;
import dev.needle.application.port.in.CaptureAtEventUseCase;
import dev.needle.application.port.in.CheckForChangesUseCase;
import dev.needle.application.port.in.CostPerNeedUseCase;
import dev.needle.application.port.in.DeleteContactUseCase;
import dev.needle.application.port.in.ExportPrepSheetUseCase;
import dev.needle.application.port.in.FollowUpUseCase;
import dev.needle.application.port.in.GetTodayUseCase;
import dev.needle.application.port.in.KeepInTouchUseCase;
import dev.needle.application.port.in.TeamUseCase;
import dev.needle.application.port.in.ListDueUseCase;
import dev.needle.application.port.in.RemindUseCase;
import dev.needle.application.port.out.BeforeRemind;
import dev.needle.application.port.out.ReminderChannel;
import dev.needle.application.port.in.RevertUseCase;
import dev.needle.application.port.in.AddNeedUseCase;
import dev.needle.application.port.in.ArchiveDirectionUseCase;
import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.application.port.in.CounterMeetingUseCase;
import dev.needle.application.port.in.DeclineMeetingUseCase;
import dev.needle.application.port.in.DropNeedUseCase;
import dev.needle.application.port.in.EditContactUseCase;
import dev.needle.application.port.in.EditNeedUseCase;
import dev.needle.application.port.in.EvaluateMeetingRequestUseCase;
import dev.needle.application.port.in.ExportBackupUseCase;
import dev.needle.application.port.in.FindHelpersUseCase;
import dev.needle.application.port.in.FindPeopleAtCompanyUseCase;
import dev.needle.application.port.in.GetBudgetStatusUseCase;
import dev.needle.application.port.in.GetDirectionUseCase;
import dev.needle.application.port.in.ImportContactsUseCase;
import dev.needle.application.port.in.ImportPlanUseCase;
import dev.needle.application.port.in.ListFollowUpsUseCase;
import dev.needle.application.port.in.ListNeedsUseCase;
import dev.needle.application.port.in.ListPendingRequestsUseCase;
import dev.needle.application.port.in.LogInteractionUseCase;
import dev.needle.application.port.in.MarkNeedMetUseCase;
import dev.needle.application.port.in.MergeDuplicatesUseCase;
import dev.needle.application.port.in.OfferHelpUseCase;
import dev.needle.application.port.in.PlanEventUseCase;
import dev.needle.application.port.in.PrepareEventUseCase;
import dev.needle.application.port.in.PrivateNoteUseCase;
import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.application.port.in.ReorderNeedUseCase;
import dev.needle.application.port.in.RestoreBackupUseCase;
import dev.needle.application.port.in.SearchContactsUseCase;
import dev.needle.application.port.in.SetBudgetUseCase;
import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.application.port.in.TriageMeetingRequestUseCase;
import dev.needle.application.port.in.ViewContactUseCase;
import dev.needle.application.limits.TeamLimits;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.TimeSpentBy;
import dev.needle.application.port.out.Transactions;
import dev.needle.application.service.AcceptMeetingService;
import dev.needle.application.service.AssignService;
import dev.needle.application.service.MyTodayService;
import dev.needle.application.team.AssignmentRevert;
import dev.needle.application.team.MeetingGoesWithWhoAccepts;
import dev.needle.application.team.OwnedByWhoAdds;
import dev.needle.application.service.CaptureAtEventService;
import dev.needle.application.service.CheckForChangesService;
import dev.needle.application.service.CostPerNeedService;
import dev.needle.application.service.DeleteContactService;
import dev.needle.application.service.ExportPrepSheetService;
import dev.needle.application.service.FollowUpService;
import dev.needle.application.service.GetTodayService;
import dev.needle.application.service.KeepInTouchService;
import dev.needle.application.service.TeamService;
import dev.needle.application.service.LimitsBackup;
import dev.needle.application.service.LimitsPlan;
import dev.needle.application.service.ListDueService;
import dev.needle.application.service.RemindService;
import dev.needle.application.service.RevertService;
import dev.needle.application.service.AddNeedService;
import dev.needle.application.service.ArchiveDirectionService;
import dev.needle.application.service.CadenceBackup;
import dev.needle.application.service.CadencePlan;
import dev.needle.application.service.CaptureContactService;
import dev.needle.application.service.CounterMeetingService;
import dev.needle.application.service.DeclineMeetingService;
import dev.needle.application.service.DropNeedService;
import dev.needle.application.service.EditContactService;
import dev.needle.application.service.EditNeedService;
import dev.needle.application.service.EvaluateMeetingRequestService;
import dev.needle.application.service.ExportBackupService;
import dev.needle.application.service.FindHelpersService;
import dev.needle.application.service.FindPeopleAtCompanyService;
import dev.needle.application.service.GetBudgetStatusService;
import dev.needle.application.service.GetDirectionService;
import dev.needle.application.service.ImportContactsService;
import dev.needle.application.service.ImportPlanService;
import dev.needle.application.service.ListFollowUpsService;
import dev.needle.application.service.ListNeedsService;
import dev.needle.application.service.ListPendingRequestsService;
import dev.needle.application.service.LogInteractionService;
import dev.needle.application.service.MarkNeedMetService;
import dev.needle.application.service.MeetingDefaults;
import dev.needle.application.service.MergeDuplicatesService;
import dev.needle.application.service.OfferHelpService;
import dev.needle.application.service.PlanEventService;
import dev.needle.application.service.PrepareEventService;
import dev.needle.application.service.PrivateNoteService;
import dev.needle.application.service.PrivateNotesBackup;
import dev.needle.application.service.RecordMeetingRequestService;
import dev.needle.application.service.ReorderNeedService;
import dev.needle.application.service.RestoreBackupService;
import dev.needle.application.service.SearchContactsService;
import dev.needle.application.service.SetBudgetService;
import dev.needle.application.service.SetDirectionService;
import dev.needle.application.service.TriageMeetingRequestService;
import dev.needle.application.service.ViewContactService;
import dev.needle.domain.triage.TriageSettings;

/**
 * Every incoming port, wired by hand over one database's stores: the composition root's single
 * place where services meet adapters. The contact store is wrapped once so the search index sees
 * every save, and the transactions are guarded so a rollback also rolls back the index.
 * {@code warmUpSearch} reads that index in the background: the full screen runs it once its first
 * frame is up, so the first frame does not wait for everyone and the Contacts screen need not either.
 */
record UseCases(SetDirectionUseCase setDirection, ArchiveDirectionUseCase archiveDirection,
                GetDirectionUseCase getDirection, AddNeedUseCase addNeed, EditNeedUseCase editNeed,
                ReorderNeedUseCase reorderNeed, MarkNeedMetUseCase markNeedMet, DropNeedUseCase dropNeed,
                ListNeedsUseCase listNeeds, CaptureContactUseCase captureContact, EditContactUseCase editContact,
                ViewContactUseCase viewContact, LogInteractionUseCase logInteraction,
                RecordMeetingRequestUseCase recordMeetingRequest, TriageMeetingRequestUseCase triage,
                AcceptMeetingUseCase acceptMeeting, CounterMeetingUseCase counterMeeting,
                OfferHelpUseCase offerHelp, DeclineMeetingUseCase declineMeeting,
                ListPendingRequestsUseCase pendingRequests, ListFollowUpsUseCase followUps,
                FindHelpersUseCase findHelpers, FindPeopleAtCompanyUseCase peopleAtCompany,
                PlanEventUseCase planEvent, PrepareEventUseCase prepareEvent, SetBudgetUseCase setBudget,
                GetBudgetStatusUseCase budgetStatus, SearchContactsUseCase searchContacts,
                ImportContactsUseCase importContacts,
                ExportBackupUseCase exportBackup, RestoreBackupUseCase restoreBackup, ImportPlanUseCase importPlan,
                Week week, Touch touch, Runnable warmUpSearch,
                LogUseCases logging, TeamUseCase team, RecordAuthorsUseCase authors, Mine mine,
                PrivateNoteUseCase privateNotes, Once once) {

    /**
     * The ports added for the rest of the week: today, follow-ups, capture at events, undo, costs, prep export,
     * and the check open screens make to follow other sessions.
     */
    record Week(GetTodayUseCase today, FollowUpUseCase followUps, CaptureAtEventUseCase captureAtEvent,
                DeleteContactUseCase deleteContact, RevertUseCase revert, CostPerNeedUseCase costPerNeed,
                ExportPrepSheetUseCase exportPrepSheet, CheckForChangesUseCase checkForChanges,
                EvaluateMeetingRequestUseCase evaluateRequest, MergeDuplicatesUseCase mergeDuplicates) {
    }

    /** Keeping in touch (issue 18): cadences, who is due, and reminders by the configured channel. */
    record Touch(KeepInTouchUseCase keepInTouch, ListDueUseCase due, Reminders reminders) {
    }

    /**
     * For a command that asks one question and exits ({@code needle contacts QUERY}, {@code needle query},
     * {@code needle due}): the same answers as above, from the store itself, reading only what the question
     * needs instead of every whole contact into the search index.
     */
    record Once(SearchContactsUseCase searchContacts, ListDueUseCase due) {
    }

    /** Mine and ours (issue 20): who owns, follows up and meets whom; the day split into mine and the team's. */
    record Mine(AssignUseCase assign, MyTodayUseCase today) {
    }

    /** The reminder run over a channel chosen by the configuration, after the configured logging. */
    interface Reminders {
        RemindUseCase by(ReminderChannel channel, BeforeRemind before);
    }

    /**
     * What every session over one database shares: the search index over its contacts (one for all, as
     * it holds everyone's folded text) and the transactions guarded to roll it back with them.
     */
    record Shared(IndexedContactStore indexed, Transactions tx) {
        static Shared over(StorePorts stores) {
            IndexedContactStore indexed = new IndexedContactStore(stores.contacts(), CollectAfterIdleWork.chosen());
            return new Shared(indexed, indexed.guard(stores.transactions()));
        }
    }

    static UseCases wire(StorePorts stores, ClockPort clock, TriageSettings triage, MeetingDefaults meetings,
                         ActingPerson acting) {
        return wire(Shared.over(stores), stores, clock, triage, meetings, acting);
    }

    /**
     * The use cases of one person's session over {@code shared}: {@code needle serve} wires one set per
     * SSH session, each acting as its key's person; the services are small objects over the shared stores.
     */
    static UseCases wire(Shared shared, StorePorts database, ClockPort clock, TriageSettings triage,
                         MeetingDefaults meetings, ActingPerson acting) {
        Authorship authors = MarkedStores.authorship(database, acting, clock);
        // Every write below is marked with who made it, and a new contact is owned by who adds it (issue 20).
        StorePorts stores = MarkedStores.of(database.withContacts(ownedByWhoAdds(database.contacts(), database, acting)),
                authors);
        IndexedContactStore indexed = shared.indexed();
        // Decorated above the shared index: the index is everyone's, the decorations are this person's.
        ContactStore contacts = authors.contacts(ownedByWhoAdds(indexed, database, acting));
        Transactions tx = shared.tx();
        var needs = stores.needs();
        // The direction and the money are the team's; offers and weekly hours the acting person's (issue 20).
        TeamLimits limits = new TeamLimits(stores.personalLimits(), stores.directions(), stores.budget(),
                stores.team()::team, tx);
        var directions = limits.directionsOf(acting::person);
        var events = stores.events();
        var interactions = stores.interactions();
        var requests = stores.meetingRequests();
        var budget = limits.budgetOf(acting::person);
        // My hours are spent by the interactions I logged (the marks say who met); the money is everyone's.
        TimeSpentBy spent = new SpentByWhoMet(database.marks(), database.team(), database.assignments());
        var ids = stores.ids();
        LogInteractionService log = new LogInteractionService(interactions, contacts, requests, needs, ids, clock, tx);
        RecordMeetingRequestService recordRequest = new RecordMeetingRequestService(requests, contacts, ids, clock, tx, meetings);
        AcceptMeetingService acceptMeeting = new AcceptMeetingService(requests, contacts, tx);
        PrepareEventService prepare = new PrepareEventService(events, needs, contacts, triage, directions, interactions);
        DeleteContactService delete = new DeleteContactService(contacts, interactions, requests, stores.keepInTouch(),
                stores.privateNotes(), tx);
        ListDueService due = new ListDueService(stores.keepInTouch(), indexed, needs, clock);
        RevertService revert = new RevertService(contacts, needs, requests, events, interactions, budget, stores.keepInTouch(),
                delete, stores.privateNotes(), tx, directions);
        TriageMeetingRequestService triageRequest =
                new TriageMeetingRequestService(requests, indexed, needs, directions, limits, interactions, clock, triage,
                        events, acting, spent);
        GetTodayService today = new GetTodayService(indexed, requests, needs, budget, interactions, clock,
                limits.readingAs(acting), spent, events, new DaemonThreads());
        return new UseCases(
                new SetDirectionService(directions, ids, clock, tx),
                new ArchiveDirectionService(directions, clock),
                new GetDirectionService(directions),
                new AddNeedService(needs, ids),
                authors.namingConflicts(new EditNeedService(needs)),
                new ReorderNeedService(needs, tx),
                new MarkNeedMetService(needs, contacts, clock),
                new DropNeedService(needs),
                new ListNeedsService(needs),
                new CaptureContactService(contacts, events, ids, clock),
                authors.namingConflicts(new EditContactService(contacts)),
                new ViewContactService(contacts, interactions, requests, events),
                log,
                recordRequest,
                triageRequest,
                new MeetingGoesWithWhoAccepts(acceptMeeting, stores.assignments(), stores.team(), acting, tx),
                new CounterMeetingService(requests, tx),
                new OfferHelpService(requests, contacts, clock, tx),
                new DeclineMeetingService(requests, contacts, clock, tx),
                new ListPendingRequestsService(requests),
                new ListFollowUpsService(indexed, clock),
                new FindHelpersService(needs, contacts, triage),
                new FindPeopleAtCompanyService(contacts),
                new PlanEventService(events, ids),
                prepare,
                new SetBudgetService(budget),
                new GetBudgetStatusService(budget, interactions, requests, clock, limits.readingAs(acting), spent),
                new SearchContactsService(indexed),
                // Imports go to the store itself: a command line import has no search index to keep, and
                // a session that has one catches up with the import's commit like any other session's.
                new ImportContactsService(stores.contacts(), ids, stores.transactions()),
                // The store itself, not the index: an export reads everyone once, and loading the search
                // index first (folding every contact's text) would double its cost for nothing.
                // The backup is the team's: the direction and budget as stored (the founder's offers and hours),
                // and each person's own beside them.
                authors.exporting(PrivateNotesBackup.export(LimitsBackup.export(CadenceBackup.export(
                        new ExportBackupService(stores.directions(), needs, stores.contacts(), events, interactions,
                                requests, stores.budget(), tx), stores.keepInTouch(), tx),
                        stores.personalLimits(), stores.team(), tx), stores.privateNotes(), stores.team(), tx)),
                authors.restoring(PrivateNotesBackup.restore(LimitsBackup.restore(CadenceBackup.restore(
                        new RestoreBackupService(stores.directions(), needs, contacts, events, interactions, requests,
                                stores.budget(), ids, tx), stores.keepInTouch(), tx),
                        stores.personalLimits(), stores.team(), ids, clock, tx),
                        stores.privateNotes(), stores.team(), ids, clock, tx), ids, tx),
                LimitsPlan.importing(CadencePlan.importing(new ImportPlanService(stores.directions(), needs,
                        stores.budget(), ids, clock, tx), stores.keepInTouch(), tx), stores.personalLimits(), stores.team(),
                        ids, clock, tx, acting),
                new Week(today,
                        new FollowUpService(contacts, log, clock, tx),
                        new CaptureAtEventService(contacts, indexed, events, ids, clock, tx),
                        delete,
                        new AssignmentRevert(revert, stores.assignments(), stores.team(), tx),
                        new CostPerNeedService(needs, interactions),
                        new ExportPrepSheetService(prepare),
                        new CheckForChangesService(stores.changes()),
                        new EvaluateMeetingRequestService(indexed, clock, meetings, triageRequest::triage),
                        new MergeDuplicatesService(contacts, interactions, requests, needs, stores.privateNotes(), revert,
                                tx)),
                new Touch(new KeepInTouchService(stores.keepInTouch(), contacts, clock, tx), due,
                        (channel, before) -> new RemindService(before, indexed, due, requests, events, stores.sentReminders(),
                                channel, clock, tx)),
                indexed::warmUpInBackground,
                LogUseCases.wire(stores, contacts, tx, clock, log, recordRequest, acceptMeeting),
                new TeamService(acting, stores.team()),
                new RecordAuthorsService(stores.marks(), stores.team(), clock),
                mine(stores, indexed, tx, today, acting),
                new PrivateNoteService(stores.privateNotes(), contacts, acting, clock, tx),
                new Once(new SearchContactsService(new OneOffSearch(database.contacts())),
                        ListDueService.readingOnlyWhoMayBeDue(stores.keepInTouch(), database.contacts(), needs, clock)));
    }

    private static ContactStore ownedByWhoAdds(ContactStore store, StorePorts database, ActingPerson acting) {
        return new OwnedByWhoAdds(store, database.assignments(), database.team(), acting, database.transactions());
    }

    private static Mine mine(StorePorts stores, IndexedContactStore indexed, Transactions tx, GetTodayService today,
                             ActingPerson acting) {
        AssignService assign = new AssignService(stores.assignments(), stores.team(), acting, indexed,
                stores.meetingRequests(), tx);
        return new Mine(assign, new MyTodayService(today, assign));
    }
}
