package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.port.in.ImportProgress;
import dev.needle.application.port.in.ImportReport;
import dev.needle.application.port.in.ImportReport.Kind;
import dev.needle.application.port.in.ImportedPerson;
import dev.needle.application.port.in.PreparedPerson;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.service.fake.FakeStoreWrapper;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Reach;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImportContactsServiceTest {
    private final Fakes fakes = new Fakes();
    private final ImportContactsService service = new ImportContactsService(fakes.contacts, fakes.ids, fakes.transactions);

    private static ImportedPerson person(int record, String name, String company, String email, String url) {
        return new ImportedPerson(record, record * 10, name, company, "", email == null ? List.of() : List.of(email),
                List.of(), url == null ? List.of() : List.of(url), List.of(), "", Optional.empty(), List.of());
    }

    private Contact seedAna() {
        return fakes.contacts.save(Contact.capture(new ContactId(12), "Ana Ruiz").edit().company("Acme Inc.")
                .role("UX lead").reach(new Reach(List.of("ana@x.com"), List.of(), List.of("https://www.linkedin.com/in/ana-ruiz/")))
                .build());
    }

    @Test
    void newPeopleAreCreatedWithEverythingTheFileSaid() {
        ImportedPerson full = new ImportedPerson(1, 1, "Bo Chen", "Initech", "CTO", List.of("bo@initech.example"),
                List.of("+1 555 0100"), List.of("https://initech.example/bo"), List.of("Hiring", "go"), "met at a fair",
                Optional.of(LocalDate.of(2020, 10, 5)), List.of("X-SKYPE:bo.chen"));

        ImportReport report = service.importContacts(List.of(full), false);

        assertThat(report.count(Kind.CREATED)).isEqualTo(1);
        Contact bo = fakes.contacts.findAll().get(0);
        assertThat(bo.name()).isEqualTo("Bo Chen");
        assertThat(bo.role()).isEqualTo("CTO");
        assertThat(bo.reach().phones()).containsExactly("+1 555 0100");
        assertThat(bo.offers()).containsExactlyInAnyOrder(Tag.of("Hiring"), Tag.of("go"));
        assertThat(bo.origin().on()).contains(LocalDate.of(2020, 10, 5));
        assertThat(bo.foreignFields()).containsExactly("X-SKYPE:bo.chen");
    }

    @Test
    void aKnownEmailInAnotherCaseMergesAndSaysWithWhomAndWhy() {
        seedAna();

        ImportReport report = service.importContacts(
                List.of(person(1, "Ana R.", "", "ANA@X.COM", null)), false);

        assertThat(report.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(Kind.MERGED);
            assertThat(o.reason()).isEqualTo("merged with Ana Ruiz (id 12): same email ANA@X.COM");
        });
        assertThat(fakes.contacts.findAll()).hasSize(1);
    }

    @Test
    void aProfileUrlWrittenDifferentlyStillMatches() {
        seedAna();

        ImportReport report = service.importContacts(
                List.of(person(1, "Ana Ruiz", "", null, "http://LinkedIn.com/in/ana-ruiz")), false);

        // Found, and nothing new to take: known, not merged.
        assertThat(report.outcomes().get(0).kind()).isEqualTo(Kind.UNCHANGED);
        assertThat(report.outcomes().get(0).reason()).contains("same profile URL");
    }

    @Test
    void nameAndCompanyMatchAcrossAccentsAndLegalSuffixes() {
        seedAna();

        ImportReport report = service.importContacts(List.of(person(1, "ANA RUÍZ", "acme", null, null)), false);

        assertThat(report.outcomes().get(0).reason()).contains("same name and company");
    }

    @Test
    void namesakesAtOneCompanyWithTheirOwnLinkedInProfilesAreKeptApartAndTheReportSaysSo() {
        ImportReport report = service.importContacts(List.of(
                person(1, "Jo Smith", "Acme", null, "https://www.linkedin.com/in/jo-smith"),
                person(2, "Jo Smith", "Acme", null, "https://www.linkedin.com/in/jo-smith-7b2"),
                person(3, "Jo Smith", "Acme", "jo@acme.example", null)), false);

        assertThat(report.outcomes()).extracting(ImportReport.Outcome::kind).containsExactly(Kind.CREATED, Kind.CREATED, Kind.MERGED);
        assertThat(report.outcomes().get(1).notes()).containsExactly(
                "kept apart from Jo Smith (record 1 of this import): same name and company, another LinkedIn profile");
        assertThat(fakes.contacts.findAll()).extracting(contact -> contact.reach().urls()).containsExactlyInAnyOrder(
                List.of("https://www.linkedin.com/in/jo-smith"), List.of("https://www.linkedin.com/in/jo-smith-7b2"));
    }

    @Test
    void aSameNameAloneIsNotEnoughToMerge() {
        seedAna();

        ImportReport report = service.importContacts(List.of(person(1, "Ana Ruiz", "", null, null)), false);

        assertThat(report.count(Kind.CREATED)).isEqualTo(1);
        assertThat(fakes.contacts.findAll()).hasSize(2);
    }

    @Test
    void mergingFillsBlanksUnitesAddressesAndNeverOverwrites() {
        seedAna();
        ImportedPerson again = new ImportedPerson(1, 1, "Ana Ruiz", "Globex", "UX lead", List.of("ana@x.com", "ana@home.example"),
                List.of("+34 600 000 000"), List.of(), List.of("design"), "likes tea", Optional.empty(), List.of());

        ImportReport report = service.importContacts(List.of(again), false);

        Contact ana = fakes.contacts.find(new ContactId(12)).orElseThrow();
        assertThat(ana.company()).isEqualTo("Acme Inc.");
        assertThat(ana.notes()).isEqualTo("likes tea");
        assertThat(ana.reach().emails()).containsExactly("ana@x.com", "ana@home.example");
        assertThat(ana.reach().phones()).containsExactly("+34 600 000 000");
        assertThat(ana.offers()).containsExactly(Tag.of("design"));
        assertThat(report.outcomes().get(0).notes()).containsExactly("kept company \"Acme Inc.\", the file says \"Globex\"");
    }

    @Test
    void laterRowsOfTheSameFileMergeIntoEarlierOnes() {
        ImportReport report = service.importContacts(List.of(
                person(1, "Cy Diaz", "", "cy@example.com", null),
                person(2, "Cy Diaz", "", "CY@example.com", "https://example.com/cy")), false);

        assertThat(report.count(Kind.CREATED)).isEqualTo(1);
        assertThat(report.outcomes().get(1).reason()).isEqualTo(
                "merged with Cy Diaz (record 1 of this import): same email CY@example.com");
        assertThat(fakes.contacts.findAll()).singleElement()
                .satisfies(cy -> assertThat(cy.reach().urls()).containsExactly("https://example.com/cy"));
    }

    @Test
    void recordsWithoutNameEmailOrUrlAreSkippedAndThoseWithOnlyAnEmailAreNamedByIt() {
        ImportReport report = service.importContacts(List.of(
                person(1, "", "Acme", null, null),
                person(2, "", "", "dee@example.com", null)), false);

        assertThat(report.outcomes()).extracting(ImportReport.Outcome::kind).containsExactly(Kind.SKIPPED, Kind.CREATED);
        assertThat(report.outcomes().get(0).reason()).isEqualTo("no name, email or profile URL");
        assertThat(fakes.contacts.findAll()).extracting(Contact::name).containsExactly("dee@example.com");
    }

    @Test
    void anInvalidValueSkipsThatRecordWithTheReason() {
        ImportReport report = service.importContacts(List.of(person(1, "Eve", "", "not-an-email", null)), false);

        assertThat(report.outcomes().get(0).kind()).isEqualTo(Kind.SKIPPED);
        assertThat(report.outcomes().get(0).reason()).contains("not-an-email");
    }

    /** What a file's reading thread hands on: the same records, prepared there; the same report, to the word. */
    @Test
    void recordsPreparedOnAnotherThreadGiveTheSameReportAndContacts() throws Exception {
        List<ImportedPerson> people = List.of(person(1, "", "Acme", null, null), person(2, "Eve", "", "not-an-email", null),
                person(3, "", "", "dee@example.com", null), person(4, "Jo Smith", "Acme", null, "https://linkedin.com/in/jo-1"),
                person(5, "Jo Smith", "Acme", null, "https://linkedin.com/in/jo-2"), person(6, "Dee", "", "DEE@example.com", null));
        Fakes other = new Fakes();
        ImportReport plain = new ImportContactsService(other.contacts, other.ids, other.transactions)
                .importContacts(people, false);
        List<PreparedPerson> prepared = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> people.stream().map(PreparedPerson::of).toList()).get();

        ImportReport report = service.importPrepared(prepared, false, ImportProgress.NONE);

        assertThat(report.outcomes()).isEqualTo(plain.outcomes());
        assertThat(report.outcomes()).extracting(ImportReport.Outcome::kind)
                .containsExactly(Kind.SKIPPED, Kind.SKIPPED, Kind.CREATED, Kind.CREATED, Kind.CREATED, Kind.MERGED);
        assertThat(fakes.contacts.findAll()).extracting(Contact::name)
                .containsExactlyElementsOf(other.contacts.findAll().stream().map(Contact::name).toList());
    }

    @Test
    void aDryRunReportsTheSameAndStoresNothing() {
        seedAna();
        List<ImportedPerson> people = List.of(person(1, "Ana", "", "ana@x.com", null), person(2, "Fay", "", null, null));

        ImportReport dry = service.importContacts(people, true);

        assertThat(fakes.contacts.findAll()).extracting(Contact::name).containsExactly("Ana Ruiz");
        assertThat(fakes.contacts.find(new ContactId(12)).orElseThrow().reach().emails()).containsExactly("ana@x.com");
        ImportReport real = service.importContacts(people, false);
        assertThat(dry.outcomes()).isEqualTo(real.outcomes());
        assertThat(dry.dryRun()).isTrue();
    }

    @Test
    void aFailureWhileSavingLeavesEveryContactAsItWas() {
        seedAna();
        ContactStore failing = new FailingOnSecondSave(fakes.contacts);
        ImportContactsService broken = new ImportContactsService(failing, fakes.ids, fakes.transactions);

        assertThatThrownBy(() -> broken.importContacts(List.of(
                person(1, "Gil", "", null, null), person(2, "Hal", "", null, null)), false))
                .isInstanceOf(IllegalStateException.class);

        assertThat(fakes.contacts.findAll()).extracting(Contact::name).containsExactly("Ana Ruiz");
    }

    @Test
    void theKnownContactsAreReadOnceHoweverManyRecordsThereAre() {
        seedAna();
        int before = fakes.contacts.findAllCalls();

        service.importContacts(List.of(person(1, "A", "", null, null), person(2, "B", "", null, null)), false);

        assertThat(fakes.contacts.findAllCalls() - before).isEqualTo(1);
    }

    /** Records as a file being read hands them over: no size known, and possibly a failure further on. */
    private static Iterable<ImportedPerson> arriving(List<ImportedPerson> people, RuntimeException thenFails) {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                if (next == people.size() && thenFails != null) {
                    throw thenFails;
                }
                return next < people.size();
            }

            @Override
            public ImportedPerson next() {
                return people.get(next++);
            }
        };
    }

    @Test
    void recordsStillArrivingAreImportedAndTheTotalIsToldOnceKnown() {
        List<String> told = new ArrayList<>();
        ImportProgress progress = new ImportProgress() {
            @Override
            public void matched(int done, int total) {
                told.add(done + "/" + total);
            }

            @Override
            public void stored(int done, int total) {
            }
        };

        ImportReport report = service.importContacts(arriving(List.of(person(1, "Ivy", "", null, null),
                person(2, "Jon", "", null, null)), null), false, progress);

        assertThat(report.count(Kind.CREATED)).isEqualTo(2);
        assertThat(fakes.contacts.findAll()).extracting(Contact::name).containsExactlyInAnyOrder("Ivy", "Jon");
        assertThat(told).containsExactly("1/-1", "2/-1", "2/2");
    }

    @Test
    void aFailureInTheRecordsStillArrivingStoresNothingAndIsPassedOn() {
        seedAna();
        IllegalArgumentException badLine = new IllegalArgumentException("people.vcf: line 9: not a vCard property line");

        assertThatThrownBy(() -> service.importContacts(arriving(List.of(person(1, "Ivy", "", null, null),
                person(2, "Ana Ruiz", "", "ana@x.com", null)), badLine), false, ImportProgress.NONE))
                .isSameAs(badLine);

        assertThat(fakes.contacts.findAll()).extracting(Contact::name).containsExactly("Ana Ruiz");
    }

    /** The fakes' ids, each block's size written to {@code blocks} as it is drawn. */
    private IdSource countingBlocks(List<Integer> blocks) {
        return new IdSource() {
            @Override
            public long next() {
                return fakes.ids.next();
            }

            @Override
            public long[] nextBlock(int count) {
                blocks.add(count);
                return IdSource.super.nextBlock(count);
            }
        };
    }

    @Test
    void withoutAKnownCountIdsAreDrawnInGrowingBlocksSoASmallImportSkipsFew() {
        List<Integer> blocks = new ArrayList<>();
        IdSource counting = countingBlocks(blocks);
        ImportContactsService counted = new ImportContactsService(fakes.contacts, counting, fakes.transactions);
        List<ImportedPerson> many = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> person(i, "Person " + i, "", null, null)).toList();

        counted.importContacts(arriving(List.of(person(1, "Kim", "", null, null)), null), false, ImportProgress.NONE);
        assertThat(blocks).containsExactly(8);
        blocks.clear();
        counted.importContacts(arriving(many, null), false, ImportProgress.NONE);

        assertThat(blocks).containsExactly(8, 8, 16, 32);
        assertThat(fakes.contacts.findAll()).hasSize(41);
    }

    @Test
    void aLargeImportDrawsItsIdsInBlocksThatGrowWithItAndSkipsNoneAtTheEnd() {
        List<Integer> blocks = new ArrayList<>();
        IdSource counting = countingBlocks(blocks);
        ImportContactsService counted = new ImportContactsService(fakes.contacts, counting, fakes.transactions);
        List<ImportedPerson> many = IntStream.rangeClosed(1, 10_000)
                .mapToObj(i -> person(i, "Person " + i, "", "p" + i + "@x.com", null)).toList();

        ImportReport report = counted.importContacts(many, false, ImportProgress.NONE);

        // A new folder's block is a statement that commits: ten of a thousand each were drawn before.
        assertThat(blocks).containsExactly(1000, 1000, 2000, 4000, 2000);
        assertThat(report.count(Kind.CREATED)).isEqualTo(10_000);
        assertThat(fakes.contacts.findAll()).extracting(Contact::id).doesNotHaveDuplicates().hasSize(10_000);
    }

    /** Saves once, then fails: an import must not keep the first save. */
    private static final class FailingOnSecondSave extends FakeStoreWrapper {
        private int saves;

        FailingOnSecondSave(ContactStore store) {
            super(store);
        }

        @Override
        public Contact save(Contact contact) {
            if (++saves == 2) {
                throw new IllegalStateException("disk full");
            }
            return super.save(contact);
        }
    }

    private static ImportedPerson withUid(ImportedPerson p, String uid) {
        return new ImportedPerson(p.record(), p.line(), p.name(), p.company(), p.role(), p.emails(), p.phones(), p.urls(),
                p.tags(), p.notes(), p.connectedOn(), p.foreignFields(), uid, p.nameParts(), p.categories(),
                p.reachLabels(), p.needle(), p.remarks());
    }

    @Test
    void aCardsUidIsKeptAndAPersonWithoutOneGetsAFreshUniqueUid() {
        service.importContacts(List.of(withUid(person(1, "Bo Chen", "", "bo@x.example", null), "urn:uuid:bo-1"),
                person(2, "Cy Dao", "", "cy@x.example", null), person(3, "Di Eng", "", "di@x.example", null)), false);

        List<Contact> all = fakes.contacts.findAll();
        assertThat(all).extracting(Contact::uid).contains("urn:uuid:bo-1").doesNotHaveDuplicates()
                .allSatisfy(uid -> assertThat(uid).isNotBlank());
    }

    @Test
    void aCardWithAKnownUidJoinsThatContactEvenUnderAnotherNameAndEmail() {
        Contact ana = seedAna();

        ImportReport report = service.importContacts(List.of(withUid(person(1, "Ana María Ruiz", "", "amr@y.example", null),
                ana.uid())), false);

        assertThat(report.count(Kind.MERGED)).isEqualTo(1);
        assertThat(report.outcomes().get(0).reason()).contains("same UID");
        assertThat(fakes.contacts.findAll()).singleElement()
                .satisfies(c -> assertThat(c.reach().emails()).contains("ana@x.com", "amr@y.example"));
    }
}
