package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.ExportBackupUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionId;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Tag;
import dev.needle.domain.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A backup handed on while it is read: in a file's order, the contacts a page at a time, and the same records. */
class ExportBackupServiceTest {
    private static final int PEOPLE = 2 * ExportBackupService.CONTACTS_PER_PAGE + 7;

    private final Fakes fakes = new Fakes();
    private final ExportBackupService export = new ExportBackupService(fakes.directions, fakes.needs, fakes.contacts,
            fakes.events, fakes.interactions, fakes.requests, fakes.budget, fakes.transactions);

    @Test
    void theRecordsBeforeTheContactsComeFirstThenEveryContactInIdOrderAPageAtATime() {
        fakes.directions.save(Direction.start(new DirectionId(1), DirectionKind.JOB_SEARCH, "UX research",
                Set.of(Tag.of("fintech")), LocalDate.of(2026, 1, 5)));
        fakes.needs.save(Need.open(new NeedId(2), "intro", NeedKind.INTRODUCTION,
                List.of(Target.company("Acme")), 1));
        for (int i = PEOPLE; i >= 1; i--) { // saved out of order: the pages are in id order all the same
            fakes.contacts.save(Contact.capture(new ContactId(10 + i), "Person " + i));
        }
        List<String> calls = new ArrayList<>();
        List<Long> ids = new ArrayList<>();

        Backup rest = export.exportBackup(new ExportBackupUseCase.Sink() {
            @Override
            public void head(Backup head) {
                calls.add("head: " + head.directions().size() + " direction(s), " + head.needs().size()
                        + " need(s), " + head.contacts().size() + " contacts");
            }

            @Override
            public void contacts(List<Contact> page) {
                calls.add("page of " + page.size());
                page.forEach(c -> ids.add(c.id().value()));
            }
        });

        assertThat(calls).containsExactly("head: 1 direction(s), 1 need(s), 0 contacts", "page of 1000", "page of 1000",
                "page of 7");
        assertThat(ids).isSorted().doesNotHaveDuplicates().hasSize(PEOPLE);
        assertThat(rest.contacts()).isEmpty();
        assertThat(rest.directions()).hasSize(1);
        assertThat(export.exportBackup().contacts()).extracting(c -> c.id().value()).isEqualTo(ids);
    }
}
