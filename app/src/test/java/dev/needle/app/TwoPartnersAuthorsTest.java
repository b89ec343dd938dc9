package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.EditConflictException;
import dev.needle.application.port.in.AddNeedUseCase;
import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.application.port.in.ImportedPerson;
import dev.needle.application.port.in.LogInteractionUseCase;
import dev.needle.application.port.in.RecordAuthorsUseCase.Authors;
import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.application.service.MeetingDefaults;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.Expenses;
import dev.needle.domain.Interaction;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Need;
import dev.needle.domain.NeedKind;
import dev.needle.domain.RecordKind;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import dev.needle.domain.triage.TriageSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two partners on one database, each with the use cases of their own session: whatever one adds,
 * changes, logs or decides is marked with their name, and a refused edit names the other and the time.
 */
class TwoPartnersAuthorsTest {
    private static final LocalDate DEC_6 = LocalDate.of(2026, 12, 6);

    @TempDir
    Path dir;
    private OpenDatabase db;
    private UseCases alice;
    private UseCases bob;

    private UseCases session(Teammate who, int hour, int minute) {
        Clock at = Clock.fixed(DEC_6.atTime(hour, minute).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return UseCases.wire(db.stores(), new SystemClock(at), TriageSettings.defaults(), MeetingDefaults.standard(),
                () -> who);
    }

    @BeforeEach
    void open() {
        db = Databases.open(Optional.empty(), dir, Map.of());
        Teammate a = db.stores().team().join(new Teammate(new TeammateId(db.stores().ids().next()), "Alice", DEC_6));
        Teammate b = db.stores().team().join(new Teammate(new TeammateId(db.stores().ids().next()), "Bob", DEC_6));
        alice = session(a, 9, 15);
        bob = session(b, 10, 42);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private Contact maria() {
        return alice.captureContact().capture(new CaptureContactUseCase.Command("Maria Lopez", "Bluebird", "Analyst",
                Optional.empty(), Set.of(), Optional.empty()));
    }

    @Test
    void theContactSaysWhoAddedItAndWhoChangedIt() {
        Contact maria = maria();
        bob.editContact().editContact(maria, maria.edit().role("Head baker").build());

        Authors authors = alice.authors().of(RecordKind.CONTACT, maria.id().value());

        assertThat(authors.line()).contains("Added by Alice at 09:15 · changed by Bob at 10:42");
        assertThat(authors.addedBy()).contains("Alice");
        assertThat(authors.changedBy()).contains("Bob");
        assertThat(authors.changedAt()).contains(DEC_6.atTime(10, 42));
    }

    @Test
    void jsonSaysWhoAddedAndWhoLastChangedEachContactAndNeed() {
        Contact maria = maria();
        bob.editContact().editContact(maria, maria.edit().role("Head baker").build());
        Need need = bob.addNeed().addNeed(new AddNeedUseCase.Command("A second oven", NeedKind.LEADS, List.of(), ""));

        String contacts = Json.write(AuthorFields.contacts(List.of(maria), alice.authors()));
        String needs = Json.write(AuthorFields.needs(List.of(need), alice.authors()));

        assertThat(contacts).contains("\"added_by\":\"Alice\",\"changed_by\":\"Bob\",\"changed_at\":\"2026-12-06T10:42:00\"");
        assertThat(needs).contains("\"added_by\":\"Bob\",\"changed_by\":\"Bob\",\"changed_at\":\"2026-12-06T10:42:00\"");
    }

    @Test
    void anEditBothMadeIsRefusedNamingThePartnerAndTheTime() {
        Contact maria = maria();
        bob.editContact().editContact(maria, maria.edit().role("Head baker").build());

        assertThatThrownBy(() -> alice.editContact().editContact(maria, maria.edit().role("Owner").build()))
                .isInstanceOf(EditConflictException.class)
                .hasMessage("Maria Lopez's role was changed by Bob at 10:42; open it again to see the change.");
    }

    @Test
    void aStaleSaveIsRefusedNamingThePartner() {
        Contact maria = maria();
        bob.editContact().editContact(maria.edit().role("Head baker").build());

        assertThatThrownBy(() -> alice.editContact().editContact(maria.edit().notes("Bakes on Sundays").build()))
                .isInstanceOf(EditConflictException.class)
                .hasMessage("Maria Lopez was changed by Bob at 10:42; open it again to see the change.");
    }

    @Test
    void whoMetAndWhoDecidedAreMarked() {
        Contact maria = maria();
        MeetingRequest asked = alice.recordMeetingRequest().recordRequest(
                RecordMeetingRequestUseCase.Command.from(maria.id(), "Coffee about the new shop", Channel.COFFEE));
        bob.declineMeeting().decline(asked.id(), "Not this month, thank you.");
        Interaction met = bob.logInteraction().logInteraction(new LogInteractionUseCase.Command(maria.id(),
                Optional.empty(), Channel.COFFEE, 30, 0, Expenses.NONE, "", Set.of()));

        Authors request = alice.authors().of(RecordKind.MEETING_REQUEST, asked.id().value());
        assertThat(request.addedBy()).contains("Alice");
        assertThat(request.decidedBy()).contains("Bob");
        assertThat(request.line()).contains("Added by Alice at 09:15 · decided by Bob at 10:42");
        assertThat(alice.authors().of(RecordKind.INTERACTION, met.id().value()).addedBy()).contains("Bob");
    }

    @Test
    void aRestoredBackupKeepsWhoDidWhatRatherThanNamingWhoRestoredIt() throws Exception {
        Contact maria = maria();
        bob.editContact().editContact(maria, maria.edit().role("Head baker").build());
        Backup backup = alice.exportBackup().exportBackup();

        try (OpenDatabase other = Databases.open(Optional.empty(), dir.resolve("other"), Map.of())) {
            Teammate carol = other.stores().team().join(new Teammate(new TeammateId(900_000), "Carol", DEC_6));
            UseCases restorer = UseCases.wire(other.stores(), new SystemClock(Clock.systemUTC()), TriageSettings.defaults(),
                    MeetingDefaults.standard(), () -> carol);
            restorer.restoreBackup().restore(backup, false);

            Authors authors = restorer.authors().of(RecordKind.CONTACT, maria.id().value());
            assertThat(authors.addedBy()).contains("Alice");
            assertThat(authors.changedBy()).contains("Bob");
            assertThat(authors.changedAt()).contains(DEC_6.atTime(10, 42));
        }
    }

    @Test
    void aRecordOlderThanTheTeamIsTheFounders() {
        Contact maria = maria();
        db.stores().marks().replaceAll(List.of());

        Authors authors = bob.authors().of(RecordKind.CONTACT, maria.id().value());

        assertThat(authors.addedBy()).contains("Alice");
        assertThat(authors.addedAt()).isEmpty();
        assertThat(authors.line()).contains("Added by Alice");
    }

    @Test
    void anImportIsMarkedWithWhoImported() {
        Contact maria = maria();
        bob.importContacts().importContacts(List.of(new ImportedPerson(1, 1, "Ines Park", "", "", List.of(), List.of(),
                List.of(), List.of(), "", Optional.empty(), List.of())), false);
        Contact imported = db.stores().contacts().findAll().stream().filter(c -> c.name().equals("Ines Park")).findFirst()
                .orElseThrow();

        assertThat(alice.authors().of(RecordKind.CONTACT, imported.id().value()).addedBy()).contains("Bob");
        assertThat(alice.authors().of(RecordKind.CONTACT, maria.id().value()).addedBy()).contains("Alice");
    }
}
