package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.persistence.memory.InMemoryPersistence;
import dev.needle.application.port.in.AddNeedUseCase;
import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.service.MeetingDefaults;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Stage;
import dev.needle.domain.Target;
import dev.needle.domain.triage.Recommendation;
import dev.needle.domain.triage.TriageSettings;
import dev.needle.domain.triage.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hand-wired composition works end to end on the in-memory database (`--db mem:`). */
class UseCasesWiringTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private final StorePorts stores = memory();
    private final ClockPort clock = new ClockPort() {
        @Override
        public LocalDate today() {
            return TODAY;
        }

        @Override
        public LocalDateTime now() {
            return TODAY.atTime(9, 0);
        }
    };
    private final UseCases app = UseCases.wire(stores, clock, TriageSettings.defaults(), MeetingDefaults.standard(),
            LocalPerson.ofAccount(stores, clock));

    /** Imports bypass the search index; a session whose index is loaded must still find what was imported. */
    @Test
    void peopleImportedAfterTheSearchIndexLoadedAreFoundAndListedAsFollowUps() {
        app.captureContact().capture(CaptureContactUseCase.Command.named("Bo Lind"));
        assertThat(app.searchContacts().search("", 10)).extracting(Contact::name).containsExactly("Bo Lind");

        app.importContacts().importContacts(List.of(new dev.needle.application.port.in.ImportedPerson(1, 1, "Cleo Quist",
                "Acme", "", List.of("cleo@acme.example"), List.of(), List.of(), List.of(), "", Optional.empty(), List.of())),
                false);

        assertThat(app.searchContacts().search("quist", 10)).extracting(Contact::name).containsExactly("Cleo Quist");
        assertThat(app.searchContacts().search("", 10)).hasSize(2);
    }

    @Test
    void aContactAtTheTargetCompanyIsWorthMeetingAndADeclineClosesTheOtherOne() {
        app.setDirection().setDirection(new SetDirectionUseCase.Command(DirectionKind.JOB_SEARCH,
                "Lead market research at a consumer brand", Set.of()));
        app.addNeed().addNeed(new AddNeedUseCase.Command("A connection to XYZ", NeedKind.INTRODUCTION,
                List.of(Target.company("XYZ Corp")), ""));
        Contact insider = app.captureContact().capture(new CaptureContactUseCase.Command("Ana Ruiz", "XYZ Inc.",
                "Analyst", Optional.empty(), Set.of(), Optional.empty()));
        Contact stranger = app.captureContact().capture(CaptureContactUseCase.Command.named("Bo Lind"));

        Verdict meet = app.triage().triage(app.recordMeetingRequest().recordRequest(
                RecordMeetingRequestUseCase.Command.from(insider.id(), "coffee?", Channel.COFFEE)).id());
        var request = app.recordMeetingRequest().recordRequest(
                RecordMeetingRequestUseCase.Command.from(stranger.id(), "pick your brain", Channel.COFFEE));
        Verdict decline = app.triage().triage(request.id());
        app.declineMeeting().decline(request.id(), decline.suggestedMessage());

        assertThat(meet.recommendation()).isEqualTo(Recommendation.MEET_IN_PERSON);
        assertThat(meet.reasons()).anySatisfy(r -> assertThat(r.text()).startsWith("matches need 1 — A connection to XYZ"));
        assertThat(decline.recommendation()).isEqualTo(Recommendation.DECLINE_KINDLY);
        assertThat(app.searchContacts().search("bo", 10)).singleElement()
                .satisfies(c -> assertThat(c.stage()).isEqualTo(Stage.CLOSED_KINDLY));
        assertThat(app.searchContacts().search("xyz", 10)).extracting(Contact::name).containsExactly("Ana Ruiz");
    }

    private static StorePorts memory() {
        InMemoryPersistence db = InMemoryPersistence.open();
        return new StorePorts(db.contacts(), db.needs(), db.directions(), db.events(), db.interactions(),
                db.meetingRequests(), db.budget(), db.transactions(), db.ids(), db.changes(), db.keepInTouch(),
                db.sentReminders(), db.loggedSources(), db.syncStates(), db.team(), db.marks(), db.assignments(), db.privateNotes(),
                db.personalLimits());
    }
}
