package dev.needle.bench.jmh;

import dev.needle.adapter.persistence.memory.InMemoryPersistence;
import dev.needle.adapter.tui.TuiUseCases;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.application.service.AcceptMeetingService;
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
import dev.needle.application.service.IndexedContactStore;
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
import dev.needle.bench.data.DataSet;
import dev.needle.bench.data.Generator;
import dev.needle.domain.triage.TriageSettings;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The terminal UI's use cases over the production in-memory stores, filled with a generated data
 * set, wired as the composition root wires them (index wrapped around the contact store).
 */
final class LoadedApp {
    final TuiUseCases useCases;
    final InMemoryPersistence db = InMemoryPersistence.open();

    LoadedApp(DataSet data) {
        db.directions().save(data.direction());
        data.needs().forEach(db.needs()::save);
        data.events().forEach(db.events()::save);
        data.contacts().forEach(db.contacts()::save);
        data.interactions().forEach(db.interactions()::add);
        data.requests().forEach(db.meetingRequests()::save);
        db.budget().set(data.budget());
        useCases = wire();
    }

    private TuiUseCases wire() {
        ClockPort clock = new ClockPort() {
            @Override
            public LocalDate today() {
                return Generator.TODAY;
            }

            @Override
            public LocalDateTime now() {
                return Generator.TODAY.atTime(10, 0);
            }
        };
        TriageSettings settings = TriageSettings.defaults();
        IndexedContactStore indexed = new IndexedContactStore(db.contacts());
        ContactStore contacts = indexed;
        Transactions tx = indexed.guard(db.transactions());
        var needs = db.needs();
        var requests = db.meetingRequests();
        return new TuiUseCases(
                new GetDirectionService(db.directions()),
                new SetDirectionService(db.directions(), db.ids(), clock, tx),
                new ListNeedsService(needs),
                new AddNeedService(needs, db.ids()),
                new EditNeedService(needs),
                new ReorderNeedService(needs, tx),
                new MarkNeedMetService(needs, contacts, clock),
                new DropNeedService(needs),
                new FindHelpersService(needs, contacts, settings),
                new SearchContactsService(indexed.index()),
                new CaptureContactService(contacts, db.events(), db.ids(), clock),
                new EditContactService(contacts),
                new dev.needle.application.service.ViewContactService(contacts, db.interactions(), requests),
                new RecordMeetingRequestService(requests, contacts, db.ids(), clock, tx, MeetingDefaults.standard()),
                new ListPendingRequestsService(requests),
                new TriageMeetingRequestService(requests, contacts, needs, db.directions(), db.budget(),
                        db.interactions(), clock, settings),
                new AcceptMeetingService(requests, contacts, tx),
                new CounterMeetingService(requests, tx),
                new OfferHelpService(requests, contacts, tx),
                new DeclineMeetingService(requests, contacts, clock, tx),
                new GetBudgetStatusService(db.budget(), db.interactions(), clock),
                new SetBudgetService(db.budget()),
                new ListFollowUpsService(contacts, clock),
                new LogInteractionService(db.interactions(), contacts, needs, db.ids(), clock, tx));
    }
}
