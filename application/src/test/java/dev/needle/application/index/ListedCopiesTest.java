package dev.needle.application.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.service.FindHelpersService;
import dev.needle.application.service.FindPeopleAtCompanyService;
import dev.needle.application.service.ListDueService;
import dev.needle.application.service.PrepareEventService;
import dev.needle.application.service.fake.FakeEventStore;
import dev.needle.application.service.fake.FakeInteractionStore;
import dev.needle.application.service.fake.FakeKeepInTouchStore;
import dev.needle.application.service.fake.FixedClock;
import dev.needle.application.service.fake.FakeContactStore;
import dev.needle.application.service.fake.FakeNeedStore;
import dev.needle.application.service.fake.WatchedThreads;
import dev.needle.domain.Cadence;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.PersonName;
import dev.needle.domain.Reach;
import dev.needle.domain.Stage;
import dev.needle.domain.TagCadence;
import dev.needle.domain.Target;
import dev.needle.domain.triage.TriageSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The index holds what lists and searches show of each contact; a contact opened, edited or matched is
 * still whole, with its notes, UID, phones, URLs and address-book details, also after the index has read
 * everyone and after another session changed it.
 */
class ListedCopiesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private final FakeContactStore database = new FakeContactStore();
    private final IndexedContactStore contacts = new IndexedContactStore(database, new WatchedThreads());

    private Contact seedAna() {
        return database.save(Contact.capture(new ContactId(1), "Ana Ruiz").edit().company("Acme")
                .reach(new Reach(List.of("ana@acme.example"), List.of("+34 600 111 222"), List.of("https://ana.example")))
                .notes("Knows the harbour pilots").nextFollowUp(Optional.of(TODAY)).stage(Stage.FOLLOWING_UP)
                .nameParts(new PersonName("", "Ana", "", "Ruiz", "")).categories(List.of("Sailing"))
                .foreignFields(List.of("X-NICKNAME:Ani")).build());
    }

    @Test
    void anOpenedContactShowsAllItsFieldsAfterTheIndexHasReadEveryone() {
        Contact ana = seedAna();

        assertThat(contacts.search("ana", 10)).extracting(Contact::name).containsExactly("Ana Ruiz");

        assertThat(contacts.find(ana.id())).contains(ana);
        assertThat(contacts.lookup(List.of(ana.id())).apply(ana.id())).contains(ana);
        assertThat(contacts.findAll()).containsExactly(ana);
        assertThat(contacts.findByIds(List.of(ana.id()))).containsExactly(ana);
    }

    @Test
    void listsAndSearchesFindThePeopleTheyFoundBeforeByEveryDetailTheySearch() {
        Contact ana = seedAna();

        assertThat(contacts.search("harbour pilots", 10)).extracting(Contact::id).containsExactly(ana.id());
        assertThat(contacts.search("ana@acme", 10)).extracting(Contact::id).containsExactly(ana.id());
        assertThat(contacts.followUpsDue(TODAY).dueToday()).extracting(Contact::name).containsExactly("Ana Ruiz");
        assertThat(contacts.search("acme", 10).get(0).company()).isEqualTo("Acme");
    }

    @Test
    void anEditInAnotherSessionIsSeenWholeAndByTheNextSearch() {
        Contact ana = seedAna();
        assertThat(contacts.search("harbour", 10)).hasSize(1);

        Contact edited = database.save(ana.edit().notes("Sails with the coast guard")
                .reach(new Reach(List.of("ana@acme.example"), List.of("+34 600 999 000"), List.of())).build());

        assertThat(contacts.search("harbour", 10)).isEmpty();
        assertThat(contacts.search("coast guard", 10)).extracting(Contact::id).containsExactly(ana.id());
        assertThat(contacts.find(ana.id())).contains(edited);
    }

    @Test
    void aListedCopyIsNeverSavedSoNoDetailIsLost() {
        Contact ana = seedAna();
        Contact listed = contacts.search("ana", 10).get(0);

        assertThatThrownBy(() -> contacts.save(listed.moveTo(Stage.RELATIONSHIP)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ana Ruiz");
        assertThatThrownBy(() -> contacts.saveAll(List.of(listed), saved -> { }))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(database.find(ana.id())).contains(ana);
    }

    @Test
    void helpersForANeedComeFromTheIndexOnceItHasReadEveryone() {
        seedAna();
        database.save(Contact.capture(new ContactId(2), "Cy Moss").edit().company("Globex").build());
        FakeNeedStore needs = new FakeNeedStore();
        needs.save(Need.open(new NeedId(10), "intro to Acme", NeedKind.INTRODUCTION, List.of(Target.company("Acme")), 1));
        FindHelpersService helpers = new FindHelpersService(needs, contacts, TriageSettings.defaults());
        contacts.search("", 10);
        int reads = database.findAllCalls();

        assertThat(helpers.helpersFor(new NeedId(10))).extracting(h -> h.contact().name()).containsExactly("Ana Ruiz");
        assertThat(database.findAllCalls()).as("no second read of everyone").isEqualTo(reads);
    }
    /**
     * The daily screens that look at everyone (the tabs' "losing touch" count, a company's people, an
     * event's prep sheet) and logging mail answer from the index too: with the index holding listed copies,
     * a read of everyone from the store on each of them cost seconds at 100k contacts.
     */
    @Test
    void dailyScreensThatLookAtEveryoneAnswerFromTheIndex() {
        seedAna();
        database.save(Contact.capture(new ContactId(2), "Cy Moss").edit().company("Globex")
                .offers(java.util.Set.of(dev.needle.domain.Tag.of("sailing"))).build());
        FakeNeedStore needs = new FakeNeedStore();
        needs.save(Need.open(new NeedId(10), "intro to Acme", NeedKind.INTRODUCTION, List.of(Target.company("Acme")), 1));
        FakeKeepInTouchStore touch = new FakeKeepInTouchStore(new FakeInteractionStore());
        touch.saveTagDefault(new TagCadence(dev.needle.domain.Tag.of("sailing"), Cadence.parse("monthly"),
                TODAY.minusMonths(3)));
        FakeEventStore events = new FakeEventStore();
        Event fair = events.save(Event.plan(new EventId(7), "Harbour fair", TODAY, "Pier 4"));
        contacts.search("", 10);
        int reads = database.findAllCalls();

        assertThat(new ListDueService(touch, contacts, needs, new FixedClock(TODAY)).due(0).people())
                .extracting(p -> p.touch().contact().name()).containsExactly("Cy Moss");
        assertThat(new FindPeopleAtCompanyService(contacts).peopleAt("Acme").working())
                .extracting(Contact::name).containsExactly("Ana Ruiz");
        assertThat(new PrepareEventService(events, needs, contacts, TriageSettings.defaults()).prepare(fair.id()))
                .isNotNull();
        assertThat(database.findAllCalls()).as("no read of everyone from the store").isEqualTo(reads);
    }
}
