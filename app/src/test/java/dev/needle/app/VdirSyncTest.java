package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.persistence.jdbi.JdbiPersistence;
import dev.needle.application.port.in.SyncVdirUseCase;
import dev.needle.application.port.in.SyncVdirUseCase.Change;
import dev.needle.application.port.in.SyncVdirUseCase.SyncReport;
import dev.needle.application.port.out.ClockPort;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Expenses;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.Rapport;
import dev.needle.domain.Reach;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vdir sync's rules, one test each, over a real H2 store and a real folder of cards: what a user
 * would see in Needle and in the files after editing on one side, the other, or both.
 */
class VdirSyncTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path vdir;

    private JdbiPersistence db;
    private StorePorts stores;
    private SyncVdirUseCase sync;

    @BeforeEach
    void open() {
        db = JdbiPersistence.open("jdbc:h2:mem:sync-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "needle", "pw");
        stores = new StorePorts(db.contacts(), db.needs(), db.directions(), db.events(), db.interactions(),
                db.meetingRequests(), db.budget(), db.transactions(), db.ids(), db.changes(), db.keepInTouch(),
                db.sentReminders(), db.loggedSources(), db.syncStates(), db.team(), db.marks(), db.assignments(), db.privateNotes(),
                db.personalLimits());
        sync = VdirSyncWiring.over(stores, new ClockPort() {
            @Override
            public LocalDate today() {
                return TODAY;
            }

            @Override
            public LocalDateTime now() {
                return TODAY.atTime(9, 0);
            }
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void firstRunWritesEachContactAsOneCardAndBringsEachCardIn() throws IOException {
        add("Ada Lovelace", "Analytical Engines", "ada@example.org");
        card("grace.vcf", "BEGIN:VCARD", "VERSION:3.0", "UID:grace-1", "FN:Grace Hopper", "ORG:Navy",
                "EMAIL:grace@example.org", "END:VCARD");

        SyncReport report = run();

        assertThat(report.needle()).extracting(Change::kind, Change::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Change.Kind.ADDED, "Grace Hopper"));
        assertThat(byName()).containsKeys("Ada Lovelace", "Grace Hopper");
        assertThat(byName().get("Grace Hopper").company()).isEqualTo("Navy");
        String adaCard = cardOf("Ada Lovelace");
        assertThat(adaCard).contains("ORG:Analytical Engines").contains("EMAIL:ada@example.org").contains("UID:");
        assertThat(files()).hasSize(2);
        assertThat(run().needle()).isEmpty();
        assertThat(run().addressBook()).isEmpty();
    }

    @Test
    void cardsASyncBringsInAreOwnedByWhoRanIt() throws IOException {
        stores.team().join(new dev.needle.domain.Teammate(new dev.needle.domain.TeammateId(stores.ids().next()), "Alice",
                TODAY));
        dev.needle.domain.Teammate bob = stores.team().join(new dev.needle.domain.Teammate(
                new dev.needle.domain.TeammateId(stores.ids().next()), "Bob", TODAY));
        card("grace.vcf", "BEGIN:VCARD", "VERSION:3.0", "UID:grace-1", "FN:Grace Hopper", "END:VCARD");

        VdirSyncWiring.over(stores, new ClockPort() {
            @Override
            public LocalDate today() {
                return TODAY;
            }

            @Override
            public LocalDateTime now() {
                return TODAY.atTime(9, 0);
            }
        }, () -> bob).sync(vdir.toString(), false, false);

        assertThat(stores.assignments().find(dev.needle.domain.Assignment.Duty.OWNER,
                byName().get("Grace Hopper").id().value())).contains(bob.id());
    }

    @Test
    void firstRunMatchesByUidThenBySameEmailInsteadOfDuplicating() throws IOException {
        add("Ada Lovelace", "", "ada@example.org");
        card("ada.vcf", "BEGIN:VCARD", "VERSION:4.0", "UID:ada-1", "FN:Ada Lovelace", "TITLE:Countess",
                "EMAIL:ADA@example.org", "END:VCARD");

        run();

        assertThat(stores.contacts().findAll()).hasSize(1);
        assertThat(files()).containsOnlyKeys("ada.vcf");
        assertThat(byName().get("Ada Lovelace").role()).isEqualTo("Countess");
        assertThat(files().get("ada.vcf")).contains("UID:ada-1");
    }

    @Test
    void editsOfDifferentFieldsOnEachSideAreBothKept() throws IOException {
        Contact ada = add("Ada Lovelace", "Analytical Engines", "ada@example.org");
        run();
        edit(ada.id(), c -> c.edit().company("Babbage & Co").build());
        String file = hrefOf("Ada Lovelace");
        replaceInCard(file, "EMAIL:ada@example.org", "EMAIL:ada@example.org\r\nTITLE:Mathematician");

        SyncReport report = run();

        Contact merged = stores.contacts().find(ada.id()).orElseThrow();
        assertThat(merged.company()).isEqualTo("Babbage & Co");
        assertThat(merged.role()).isEqualTo("Mathematician");
        assertThat(merged.notes()).doesNotContain("conflict");
        assertThat(files().get(file)).contains("ORG:Babbage & Co").contains("TITLE:Mathematician");
        assertThat(report.conflicts()).isEmpty();
    }

    @Test
    void theSameFieldChangedOnBothSidesKeepsNeedlesValueAndNotesTheOther() throws IOException {
        Contact ada = add("Ada Lovelace", "Analytical Engines", "ada@example.org");
        run();
        edit(ada.id(), c -> c.edit().company("Babbage & Co").build());
        String file = hrefOf("Ada Lovelace");
        replaceInCard(file, "ORG:Analytical Engines", "ORG:Royal Society");

        SyncReport report = run();

        Contact merged = stores.contacts().find(ada.id()).orElseThrow();
        assertThat(merged.company()).isEqualTo("Babbage & Co");
        assertThat(merged.notes()).contains("Sync conflict 2026-12-06").contains("company: Royal Society");
        assertThat(files().get(file)).contains("ORG:Babbage & Co").contains("Royal Society");
        assertThat(report.conflicts()).singleElement().asString().contains("Royal Society");
        // The note is now on both sides: a further run has nothing left to do.
        assertThat(run().needle()).isEmpty();
    }

    @Test
    void aContactDeletedInNeedleIsDeletedFromTheFolder() throws IOException {
        Contact ada = add("Ada Lovelace", "", "ada@example.org");
        add("Grace Hopper", "", "grace@example.org");
        run();
        String file = hrefOf("Ada Lovelace");
        stores.contacts().delete(ada.id());

        SyncReport report = run();

        assertThat(files()).doesNotContainKey(file).hasSize(1);
        assertThat(report.addressBook()).extracting(Change::kind).containsExactly(Change.Kind.DELETED);
    }

    @Test
    void aCardDeletedFromTheFolderIsDeletedInNeedle() throws IOException {
        add("Ada Lovelace", "", "ada@example.org");
        add("Grace Hopper", "", "grace@example.org");
        run();
        Files.delete(vdir.resolve(hrefOf("Grace Hopper")));

        run();

        assertThat(byName()).containsOnlyKeys("Ada Lovelace");
    }

    /**
     * A walk removed a card in khard: Needle deleted Søren and the two coffees logged with him. A card
     * is only what the address book knows; the history is Needle's own.
     */
    @Test
    void aCardDeletedFromTheFolderKeepsAContactWithHistoryAndLeavesTheFolderAlone() throws IOException {
        add("Ada Lovelace", "", "ada@example.org");
        Contact soren = add("Søren Østergaard", "Novo", "soren@example.org");
        stores.interactions().add(new Interaction(new InteractionId(stores.ids().next()), soren.id(),
                TODAY.minusDays(3), Channel.COFFEE, 45, 20, Expenses.NONE, "Talked about the lab's hiring", Set.of()));
        run();
        Files.delete(vdir.resolve(hrefOf("Søren Østergaard")));

        SyncReport report = run();

        assertThat(byName()).containsKey("Søren Østergaard");
        assertThat(stores.interactions().findByContact(soren.id())).hasSize(1);
        assertThat(report.needle()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Change.Kind.KEPT);
            assertThat(change.detail()).isEqualTo(
                    "deleted from the address book; kept for 1 interaction, and no longer synced with it");
        });
        SyncReport next = run();
        assertThat(files()).as("the deleted card is not written back").hasSize(1);
        assertThat(next.needle()).isEmpty();
        assertThat(next.addressBook()).isEmpty();
    }

    @Test
    void aKeptContactWhoseCardComesBackIsPairedWithItAgain() throws IOException {
        Contact soren = add("Søren Østergaard", "Novo", "soren@example.org");
        stores.interactions().add(new Interaction(new InteractionId(stores.ids().next()), soren.id(),
                TODAY.minusDays(3), Channel.COFFEE, 45, 20, Expenses.NONE, "", Set.of()));
        run();
        String file = hrefOf("Søren Østergaard");
        String card = files().get(file);
        Files.delete(vdir.resolve(file));
        run();

        Files.writeString(vdir.resolve("restored.vcf"), card.replace("ORG:Novo", "ORG:Novo Nordisk"));
        SyncReport report = run();

        assertThat(stores.contacts().findAll()).singleElement()
                .satisfies(contact -> assertThat(contact.company()).isEqualTo("Novo"));
        assertThat(report.needle()).extracting(Change::kind).doesNotContain(Change.Kind.ADDED);
        assertThat(run().needle()).isEmpty();
        assertThat(files()).containsOnlyKeys("restored.vcf");
    }

    @Test
    void aCardChangedAfterItsContactWasDeletedInNeedleComesBack() throws IOException {
        Contact ada = add("Ada Lovelace", "Analytical Engines", "ada@example.org");
        add("Grace Hopper", "", "grace@example.org");
        run();
        String file = hrefOf("Ada Lovelace");
        stores.contacts().delete(ada.id());
        replaceInCard(file, "ORG:Analytical Engines", "ORG:Royal Society");

        run();

        assertThat(byName().get("Ada Lovelace").company()).isEqualTo("Royal Society");
        assertThat(files()).containsKey(file);
    }

    @Test
    void aRunThatWouldDeleteMostContactsStopsUnlessForced() throws IOException {
        for (String name : List.of("Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra")) {
            add(name, "", name.toLowerCase().replace(' ', '.') + "@example.org");
        }
        run();
        for (String name : List.of("Ada Lovelace", "Grace Hopper", "Alan Turing")) {
            Files.delete(vdir.resolve(hrefOf(name)));
        }

        SyncReport stopped = run();

        assertThat(stopped.stopped()).contains("3 of your 4 contacts");
        assertThat(stores.contacts().findAll()).hasSize(4);

        SyncReport forced = sync.sync(vdir.toString(), false, true);

        assertThat(forced.isStopped()).isFalse();
        assertThat(byName()).containsOnlyKeys("Edsger Dijkstra");
    }

    @Test
    void aDryRunTellsWhatWouldChangeAndChangesNothing() throws IOException {
        Contact ada = add("Ada Lovelace", "Analytical Engines", "ada@example.org");
        run();
        edit(ada.id(), c -> c.edit().company("Babbage & Co").build());
        String file = hrefOf("Ada Lovelace");
        replaceInCard(file, "ORG:Analytical Engines", "ORG:Royal Society");
        card("grace.vcf", "BEGIN:VCARD", "VERSION:3.0", "FN:Grace Hopper", "END:VCARD");
        Map<String, String> filesBefore = files();
        List<Contact> contactsBefore = stores.contacts().findAll();

        SyncReport dry = sync.sync(vdir.toString(), true, false);

        assertThat(dry.needle()).extracting(Change::name).contains("Grace Hopper", "Ada Lovelace");
        assertThat(dry.addressBook()).isNotEmpty();
        assertThat(files()).isEqualTo(filesBefore);
        assertThat(stores.contacts().findAll()).isEqualTo(contactsBefore);
        // Nothing was recorded either: the real run finds the same changes.
        assertThat(run().needle()).extracting(Change::name).containsExactlyInAnyOrderElementsOf(
                dry.needle().stream().map(Change::name).toList());
    }

    @Test
    void aDryRunIntoAFolderNotYetThereListsTheCardsAndLeavesNoFolderBehind() {
        add("Ada Lovelace", "Analytical Engines", "ada@example.org");
        Path missing = vdir.resolve("contacts").resolve("needle");

        SyncReport dry = sync.sync(missing.toString(), true, false);

        assertThat(dry.addressBook()).extracting(Change::name).containsExactly("Ada Lovelace");
        assertThat(vdir.resolve("contacts")).doesNotExist();
        // The real run still makes the folder, as vdirsyncer's discover expects it there.
        sync.sync(missing.toString(), false, false);
        assertThat(missing).isDirectory();
    }

    @Test
    void propertiesNeedleHasNoFieldForSurviveAnEditInNeedle() throws IOException {
        card("ada.vcf", "BEGIN:VCARD", "VERSION:3.0", "UID:ada-1", "FN:Ada Lovelace", "BDAY:1815-12-10",
                "X-SIGNAL:+44 20 7946 0000", "item1.X-ABLABEL:favourite", "EMAIL:ada@example.org", "END:VCARD");
        run();
        ContactId id = byName().get("Ada Lovelace").id();
        edit(id, c -> c.edit().company("Analytical Engines").build());

        run();

        assertThat(files().get("ada.vcf")).contains("ORG:Analytical Engines").contains("BDAY:1815")
                .contains("X-SIGNAL:+44 20 7946 0000").contains("X-ABLABEL:favourite").contains("UID:ada-1");
    }

    @Test
    void aCardKeepsItsVCardVersionSoItsPhotoSurvivesARadicaleServer() throws IOException {
        // Radicale's vobject cuts a 4.0 data: URI photo at its comma; 3.0's ENCODING=b form it keeps.
        card("grace.vcf", "BEGIN:VCARD", "VERSION:3.0", "UID:grace-1", "FN:Grace Hopper", "ORG:Navy",
                "EMAIL;TYPE=pref:grace@example.org", "PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgo=", "END:VCARD");
        card("ada.vcf", "BEGIN:VCARD", "VERSION:4.0", "UID:ada-1", "FN:Ada Lovelace", "EMAIL:ada@example.org",
                "END:VCARD");
        run();
        edit(byName().get("Grace Hopper").id(), c -> c.edit().company("US Navy").build());
        edit(byName().get("Ada Lovelace").id(), c -> c.edit().company("Analytical Engines").build());

        run();

        assertThat(files().get("grace.vcf")).contains("VERSION:3.0").contains("ORG:US Navy")
                .contains("PHOTO;ENCODING=b;TYPE=png:iVBORw0KGgo=").doesNotContain("data:image")
                .contains("EMAIL;TYPE=pref:grace@example.org").doesNotContain("VERSION:4.0");
        assertThat(files().get("ada.vcf")).contains("VERSION:4.0").contains("ORG:Analytical Engines");
        assertThat(run().addressBook()).isEmpty();
        assertThat(run().needle()).isEmpty();
    }

    /** A phone's photo (6 KB) goes back to the folder byte for byte when Needle writes the card back, both ways. */
    @Test
    void aPhoneSizedPhotoSurvivesWriteBacksBothWays() throws IOException {
        byte[] jpeg = new byte[6_000];
        new java.util.Random(37).nextBytes(jpeg);
        String data = java.util.Base64.getEncoder().encodeToString(jpeg);
        card("grace.vcf", "BEGIN:VCARD", "VERSION:3.0", "UID:grace-2", "FN:Grace Hopper", "ORG:Navy",
                "PHOTO;ENCODING=b;TYPE=JPEG:" + data, "END:VCARD");
        run();
        Contact imported = byName().get("Grace Hopper");

        edit(imported.id(), c -> c.edit().role("Rear Admiral").build());
        run();
        assertThat(files().get("grace.vcf")).contains("TITLE:Rear Admiral").contains(":" + data + "\r\n");
        replaceInCard("grace.vcf", "ORG:Navy", "ORG:US Navy");
        run();

        Contact after = byName().get("Grace Hopper");
        assertThat(after.company()).isEqualTo("US Navy");
        assertThat(after.foreignFields()).isEqualTo(imported.foreignFields());
        assertThat(files().get("grace.vcf")).contains(":" + data + "\r\n");
    }

    @Test
    void needlesOwnFieldsTravelInTheCardAndSurviveAnEditElsewhere() throws IOException {
        Contact ada = add("Ada Lovelace", "Analytical Engines", "ada@example.org");
        edit(ada.id(), c -> c.edit().stage(Stage.FOLLOWING_UP).rapport(new Rapport(4))
                .lookingFor(Set.of(Tag.of("mentor"))).nextFollowUp(Optional.of(TODAY.plusDays(7))).build());
        run();
        String file = hrefOf("Ada Lovelace");
        assertThat(files().get(file)).contains("X-NEEDLE-STAGE:following up").contains("X-NEEDLE-LOOKING-FOR:mentor");
        replaceInCard(file, "ORG:Analytical Engines", "ORG:Royal Society");

        run();

        Contact after = stores.contacts().find(ada.id()).orElseThrow();
        assertThat(after.company()).isEqualTo("Royal Society");
        assertThat(after.stage()).isEqualTo(Stage.FOLLOWING_UP);
        assertThat(after.rapport()).isEqualTo(new Rapport(4));
        assertThat(after.lookingFor()).containsExactly(Tag.of("mentor"));
        assertThat(after.nextFollowUp()).contains(TODAY.plusDays(7));
    }

    @Test
    void needlesOwnFieldsChangedInNeedleReachACardFromAnotherProgram() throws IOException {
        card("grace.vcf", "BEGIN:VCARD", "VERSION:3.0", "UID:grace-1", "FN:Grace Hopper", "ORG:Navy",
                "EMAIL:grace@example.org", "END:VCARD");
        run();
        ContactId id = byName().get("Grace Hopper").id();
        edit(id, c -> c.edit().stage(Stage.FOLLOWING_UP).lookingFor(Set.of(Tag.of("mentor"))).build());

        SyncReport report = run();

        assertThat(files().get("grace.vcf")).contains("X-NEEDLE-STAGE:following up")
                .contains("X-NEEDLE-LOOKING-FOR:mentor").contains("ORG:Navy");
        assertThat(report.addressBook()).singleElement().extracting(Change::detail).asString()
                .contains("stage").contains("looking for");
        assertThat(run().addressBook()).isEmpty();
    }

    @Test
    void aCardRewrittenWithoutNeedlesPropertiesDoesNotClearThem() throws IOException {
        Contact ada = add("Ada Lovelace", "Analytical Engines", "ada@example.org");
        edit(ada.id(), c -> c.edit().stage(Stage.FOLLOWING_UP).lookingFor(Set.of(Tag.of("mentor"))).build());
        run();
        String file = hrefOf("Ada Lovelace");
        String stripped = files().get(file).lines().filter(line -> !line.startsWith("X-NEEDLE-"))
                .map(line -> line.replace("ORG:Analytical Engines", "ORG:Royal Society"))
                .collect(java.util.stream.Collectors.joining("\r\n", "", "\r\n"));
        Files.writeString(vdir.resolve(file), stripped);

        run();

        Contact after = stores.contacts().find(ada.id()).orElseThrow();
        assertThat(after.company()).isEqualTo("Royal Society");
        assertThat(after.stage()).isEqualTo(Stage.FOLLOWING_UP);
        assertThat(after.lookingFor()).containsExactly(Tag.of("mentor"));
    }

    @Test
    void aConflictWhoseNoteWouldNotFitLeavesBothSidesAsTheyAre() throws IOException {
        Contact ada = add("Ada Lovelace", "Analytical Engines", "ada@example.org");
        edit(ada.id(), c -> c.edit().notes("n".repeat(19_990)).build());
        run();
        edit(ada.id(), c -> c.edit().company("Babbage & Co").build());
        String file = hrefOf("Ada Lovelace");
        replaceInCard(file, "ORG:Analytical Engines", "ORG:Royal Society");
        String cardBefore = files().get(file);

        SyncReport report = run();

        assertThat(report.skipped()).singleElement().asString().startsWith(file + ": left as it is on both sides");
        assertThat(stores.contacts().find(ada.id()).orElseThrow().company()).isEqualTo("Babbage & Co");
        assertThat(files().get(file)).isEqualTo(cardBefore);
    }

    @Test
    void aCardThatCannotBeReadIsListedAndLeftAlone() throws IOException {
        card("broken.vcf", "BEGIN:VCARD", "VERSION:3.0", "FN:Half a card");

        SyncReport report = run();

        assertThat(report.skipped()).singleElement().asString().startsWith("broken.vcf: line ")
                .contains("no END:VCARD");
        assertThat(stores.contacts().findAll()).isEmpty();
        assertThat(files()).containsOnlyKeys("broken.vcf");
    }

    @Test
    void aDryRunNamesTheFileTheRealRunWritesForAUidThatIsNoFileName() throws IOException {
        Contact ada = add("Ada Lovelace", "Analytical Engines", "ada@example.org");
        stores.contacts().save(new Contact(ada.id(), ada.name(), ada.company(), ada.role(), ada.reach(), ada.origin(),
                ada.offers(), ada.lookingFor(), ada.rapport(), ada.stage(), ada.nextFollowUp(), ada.notes(),
                ada.closure(), ada.version(), ada.foreignFields(), "urn:uuid:1b4a8f9e-0000-4000-8000-000000000001",
                ada.nameParts(), ada.categories(), ada.reachLabels()));

        String promised = sync.sync(vdir.toString(), true, false).addressBook().get(0).detail();
        run();

        assertThat(files()).hasSize(1);
        assertThat(promised).contains(files().keySet().iterator().next());
    }

    // ---- REV: what khard, vdirsyncer's CardDAV side and phones read as the card's age ---------------

    /** The clock's moment as a card's REV says it: UTC, vCard's basic form. */
    private static String revOfTheRun() {
        return "REV:" + java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
                .format(TODAY.atTime(9, 0).atZone(java.time.ZoneId.systemDefault())
                        .withZoneSameInstant(java.time.ZoneOffset.UTC));
    }

    @Test
    void aCardChangedInNeedleCarriesTheRevOfItsChangeAndIsNotWrittenAgain() throws IOException {
        card("ada.vcf", "BEGIN:VCARD", "VERSION:3.0", "UID:ada-1", "FN:Ada Lovelace", "N:Lovelace;Ada;;;",
                "EMAIL:ada@example.org", "REV:20200101T000000Z", "END:VCARD");
        run();
        edit(byName().get("Ada Lovelace").id(), c -> c.edit().company("Analytical Engines").build());

        run();

        String written = files().get("ada.vcf");
        assertThat(written).contains("ORG:Analytical Engines").contains(revOfTheRun() + "\r\n")
                .doesNotContain("20200101").containsOnlyOnce("REV");
        byte[] bytes = Files.readAllBytes(vdir.resolve("ada.vcf"));
        assertThat(run().addressBook()).isEmpty();
        assertThat(run().needle()).isEmpty();
        assertThat(Files.readAllBytes(vdir.resolve("ada.vcf"))).isEqualTo(bytes);
    }

    @Test
    void aCardNeedleOnlyGivesAUidKeepsItsRevByteForByte() throws IOException {
        card("grace.vcf", "BEGIN:VCARD", "VERSION:3.0", "FN:Grace Hopper", "ORG:Navy",
                "REV;VALUE=timestamp:2020-01-01T00:00:00Z", "END:VCARD");

        run();

        assertThat(files().get("grace.vcf")).contains("UID:").contains("\r\nREV;VALUE=timestamp:2020-01-01T00:00:00Z\r\n")
                .containsOnlyOnce("REV");
        assertThat(run().addressBook()).isEmpty();
    }

    @Test
    void aCardChangedOnlyInTheAddressBookIsLeftAsItWasWritten() throws IOException {
        card("ada.vcf", "BEGIN:VCARD", "VERSION:3.0", "UID:ada-1", "FN:Ada Lovelace", "ORG:Navy",
                "REV:20200101T000000Z", "END:VCARD");
        run();
        replaceInCard("ada.vcf", "ORG:Navy\r\nREV:20200101T000000Z", "ORG:Analytical Engines\r\nREV:20261205T080000Z");
        byte[] khards = Files.readAllBytes(vdir.resolve("ada.vcf"));

        SyncReport report = run();

        assertThat(report.needle()).hasSize(1);
        assertThat(report.addressBook()).isEmpty();
        assertThat(byName().get("Ada Lovelace").company()).isEqualTo("Analytical Engines");
        assertThat(Files.readAllBytes(vdir.resolve("ada.vcf"))).isEqualTo(khards);
        assertThat(run().needle()).isEmpty();
    }

    @Test
    void aNewCardCarriesTheRevOfTheRunNotTheOneItWasImportedWith() throws IOException {
        Contact ada = add("Ada Lovelace", "Analytical Engines", "ada@example.org");
        edit(ada.id(), c -> c.edit().foreignFields(List.of("REV:20200101T000000Z", "BDAY:1815-12-10")).build());

        run();

        assertThat(cardOf("Ada Lovelace")).contains(revOfTheRun()).doesNotContain("20200101").containsOnlyOnce("REV")
                .contains("BDAY:1815");
    }

    @Test
    void aPhonesCustomLabelsStayWithTheirAddressesWhenNeedleRewritesTheCard() throws IOException {
        card("ada.vcf", "BEGIN:VCARD", "VERSION:3.0", "UID:ada-1", "FN:Ada Lovelace", "N:Lovelace;Ada;;;",
                "item1.EMAIL;type=INTERNET;type=pref:ada@uni.example", "item1.X-ABLabel:Uni", "item2.TEL:905-222-1234",
                "item2.X-ABLabel:_$!<AssistantPhone>!$_", "END:VCARD");
        run();
        edit(byName().get("Ada Lovelace").id(), c -> c.edit().company("Analytical Engines").build());

        run();

        assertThat(files().get("ada.vcf")).contains("ORG:Analytical Engines", "\r\nitem1.EMAIL;TYPE=internet,pref:ada@uni.example\r\n",
                "\r\nitem1.X-ABLabel:Uni\r\n", "\r\nitem2.TEL:905-222-1234\r\n").containsOnlyOnce("ada@uni.example");
        assertThat(run().addressBook()).isEmpty();
        assertThat(run().needle()).isEmpty();
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private SyncReport run() {
        return sync.sync(vdir.toString(), false, false);
    }

    private Contact add(String name, String company, String email) {
        Contact contact = Contact.capture(new ContactId(stores.ids().next()), name).edit().company(company)
                .reach(new Reach(List.of(email), List.of(), List.of())).stage(Stage.MET).build();
        return stores.contacts().save(contact);
    }

    private void edit(ContactId id, java.util.function.UnaryOperator<Contact> change) {
        stores.contacts().save(change.apply(stores.contacts().find(id).orElseThrow()));
    }

    private Map<String, Contact> byName() {
        Map<String, Contact> all = new TreeMap<>();
        stores.contacts().findAll().forEach(c -> all.put(c.name(), c));
        return all;
    }

    private void card(String file, String... lines) throws IOException {
        Files.writeString(vdir.resolve(file), String.join("\r\n", lines) + "\r\n");
    }

    private void replaceInCard(String file, String from, String to) throws IOException {
        String text = Files.readString(vdir.resolve(file));
        assertThat(text).contains(from);
        Files.writeString(vdir.resolve(file), text.replace(from, to));
    }

    private Map<String, String> files() throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> list = Files.list(vdir)) {
            for (Path file : list.toList()) {
                // Unfolded, as a reader of the card sees its lines.
                all.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)
                        .replace("\r\n ", ""));
            }
        }
        return all;
    }

    private String hrefOf(String name) throws IOException {
        Optional<String> href = files().entrySet().stream().filter(e -> e.getValue().contains("FN:" + name))
                .map(Map.Entry::getKey).findFirst();
        return href.orElseThrow(() -> new AssertionError("no card for " + name));
    }

    private String cardOf(String name) throws IOException {
        return files().get(hrefOf(name));
    }
}
