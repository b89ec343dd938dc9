package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.NotEmptyException;
import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.RestoreBackupUseCase.Report;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestoreBackupServiceTest {
    private final Fakes fakes = new Fakes();
    private final RestoreBackupService restore = new RestoreBackupService(fakes.directions, fakes.needs,
            fakes.contacts, fakes.events, fakes.interactions, fakes.requests, fakes.budget, fakes.ids,
            fakes.transactions);

    private static Backup contacts(Contact... contacts) {
        return new Backup(List.of(), List.of(), List.of(contacts), List.of(), List.of(), List.of(), Optional.empty());
    }

    private static Contact contact(long id, String name, long version) {
        return Contact.capture(new ContactId(id), name).withVersion(version);
    }

    @Test
    void recordsKeepTheirIdsAndVersionsAndNewIdsComeAfterThem() {
        Report report = restore.restore(contacts(contact(5000, "Ana", 4), contact(5003, "Bo", 1)), false);

        assertThat(report.contacts()).isEqualTo(2);
        assertThat(fakes.contacts.findAll()).containsExactly(contact(5000, "Ana", 4), contact(5003, "Bo", 1));
        assertThat(fakes.ids.next()).isGreaterThan(5003);
    }

    @Test
    void aDatabaseWithRecordsIsRefused() {
        fakes.contacts.save(contact(1, "Already here", 0));

        assertThatThrownBy(() -> restore.restore(contacts(contact(5000, "Ana", 1)), false))
                .isInstanceOf(NotEmptyException.class).hasMessageContaining("1 record(s)");
        assertThat(fakes.contacts.findAll()).hasSize(1);
    }

    @Test
    void aFailurePartWayLeavesTheDatabaseEmpty() {
        EventStore failing = new EventStore() {
            @Override
            public Optional<Event> find(EventId id) {
                return fakes.events.find(id);
            }

            @Override
            public List<Event> findAll() {
                return fakes.events.findAll();
            }

            @Override
            public Event save(Event event) {
                throw new IllegalStateException("disk full");
            }

            @Override
            public boolean delete(EventId id) {
                return fakes.events.delete(id);
            }
        };
        RestoreBackupService restoreFailing = new RestoreBackupService(fakes.directions, fakes.needs, fakes.contacts,
                failing, fakes.interactions, fakes.requests, fakes.budget, fakes.ids, fakes.transactions);
        Backup backup = new Backup(List.of(), List.of(), List.of(contact(5000, "Ana", 2)),
                List.of(Event.plan(new EventId(5001), "Meetup", LocalDate.of(2026, 1, 1), "").withVersion(1)),
                List.of(), List.of(), Optional.empty());

        assertThatThrownBy(() -> restoreFailing.restore(backup, false)).hasMessage("disk full");
        assertThat(fakes.contacts.findAll()).isEmpty();
    }

    @Test
    void anIdUsedTwiceInTheBackupIsRefusedAtOnce() {
        assertThatThrownBy(() -> contacts(contact(5000, "Ana", 1), contact(5000, "Ana again", 1)))
                .hasMessageContaining("contact 5000 twice");
    }

    @Test
    void aDryRunCountsAndWritesNothing() {
        Report report = restore.restore(contacts(contact(5000, "Ana", 2)), true);

        assertThat(report.dryRun()).isTrue();
        assertThat(report.contacts()).isEqualTo(1);
        assertThat(fakes.contacts.findAll()).isEmpty();
    }
}
