package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.index.IndexedContactStore;
import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.application.StorageFailedException;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.application.service.fake.FakeStoreWrapper;
import dev.needle.application.service.fake.Fakes;
import dev.needle.application.service.fake.WatchedThreads;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Reach;
import dev.needle.domain.Tag;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchContactsTest {
    private final Fakes fakes = new Fakes();

    private void seed(long id, String name, String company) {
        fakes.contacts.save(Contact.capture(new ContactId(id), name).edit().company(company).build());
    }

    private IndexedContactStore indexed() {
        return new IndexedContactStore(fakes.contacts, new WatchedThreads());
    }

    private List<String> names(SearchContactsService search, String query, int limit) {
        return search.search(query, limit).stream().map(Contact::name).toList();
    }

    @Test
    void accentsAndCaseAreIgnoredBothWays() {
        seed(1, "José Álvarez", "Acme");
        seed(2, "Jo Smith", "Globex");
        SearchContactsService search = new SearchContactsService(indexed());

        assertThat(names(search, "jose", 10)).containsExactly("José Álvarez");
        assertThat(names(search, "ALVAREZ", 10)).containsExactly("José Álvarez");
        assertThat(names(search, "Josè", 10)).containsExactly("José Álvarez");
    }

    @Test
    void everyWordMustBeFoundSomewhereInTheContact() {
        seed(1, "Ana Ruiz", "Acme");
        seed(2, "Ana Lima", "Globex");
        fakes.contacts.save(Contact.capture(new ContactId(3), "Bo").edit().reach(Reach.email("bo@acme.test"))
                .offers(Set.of(Tag.of("market research"))).notes("met at the fintech breakfast").build());
        SearchContactsService search = new SearchContactsService(indexed());

        assertThat(names(search, "ana acme", 10)).containsExactly("Ana Ruiz");
        assertThat(names(search, "research", 10)).containsExactly("Bo");
        assertThat(names(search, "bo@acme", 10)).containsExactly("Bo");
        assertThat(names(search, "fintech breakfast", 10)).containsExactly("Bo");
        assertThat(names(search, "ana zzz", 10)).isEmpty();
    }

    @Test
    void resultsComeByNameIgnoringCaseAndAccentsThenByIdAndStopAtTheLimit() {
        seed(5, "bea", "");
        seed(1, "Éric", "");
        seed(3, "Adam", "");
        seed(4, "Bea", "");
        seed(2, "Zoe", "");
        SearchContactsService search = new SearchContactsService(indexed());

        assertThat(search.search("", 10)).extracting(Contact::id).extracting(ContactId::value)
                .containsExactly(3L, 4L, 5L, 1L, 2L);
        assertThat(names(search, "", 2)).containsExactly("Adam", "Bea");
        assertThat(search.search("", 0)).isEmpty();
        assertThatThrownBy(() -> search.search("", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wholeWordsInTheNameComeFirstThenWordStartsThenTheRest() {
        seed(1, "Abe Fleet", "");
        seed(2, "Ann Lee", "");
        seed(3, "Leena Roy", "");
        seed(4, "Bo Chen", "Leeds United");
        SearchContactsService search = new SearchContactsService(indexed());
        assertThat(names(search, "lee", 10)).containsExactly("Ann Lee", "Leena Roy", "Bo Chen", "Abe Fleet");
    }

    @Test
    void aTypoStillFindsAfterWhatTheWordsAsTypedFind() {
        seed(1, "Ida Park", "Northwind Insights");
        seed(2, "Ola Berg", "Globex");
        seed(3, "Insa Ghts", "");
        SearchContactsService search = new SearchContactsService(indexed());
        assertThat(names(search, "insghts", 10)).containsExactly("Ida Park");
        assertThat(names(search, "northwnd insigths", 10)).containsExactly("Ida Park");
        assertThat(names(search, "globxe", 10)).containsExactly("Ola Berg");
        assertThat(names(search, "gle", 10)).as("short words are taken as typed").isEmpty();
    }

    @Test
    void theIndexIsLoadedWithOneReadAndKeptCurrentByEveryUseCase() {
        seed(1, "Ana Ruiz", "Acme");
        IndexedContactStore contacts = indexed();
        SearchContactsService search = new SearchContactsService(contacts);
        int readsAtStart = fakes.contacts.findAllCalls();

        Contact bo = new CaptureContactService(contacts, fakes.events, fakes.ids, fakes.clock)
                .capture(CaptureContactUseCase.Command.named("Bo Chen"));
        assertThat(names(search, "chen", 10)).containsExactly("Bo Chen");

        new EditContactService(contacts).editContact(bo.edit().name("Bo Zhang").build());
        assertThat(names(search, "chen", 10)).isEmpty();
        assertThat(names(search, "zhang", 10)).containsExactly("Bo Zhang");

        Transactions transactions = contacts.guard(fakes.transactions);
        new DeclineMeetingService(fakes.requests, contacts, fakes.clock, transactions).decline(
                new RecordMeetingRequestService(fakes.requests, contacts, fakes.ids, fakes.clock, transactions,
                        MeetingDefaults.standard())
                        .recordRequest(RecordMeetingRequestUseCase.Command.from(bo.id(), "coffee", Channel.COFFEE)).id(),
                "Thanks, but not now");
        assertThat(names(search, "not now", 10)).isEmpty(); // closure messages are not searched
        assertThat(search.search("zhang", 10).get(0).isClosed()).isTrue();

        contacts.delete(bo.id());
        assertThat(names(search, "zhang", 10)).isEmpty();
        // One read, on first use (not at start-up), and none after: every change reached the index.
        assertThat(readsAtStart).isZero();
        assertThat(fakes.contacts.findAllCalls()).isEqualTo(1);
    }

    @Test
    void startingUpReadsNoContactAndEveryoneWholeComesFromTheStore() {
        seed(1, "Ana Ruiz", "Acme");
        seed(2, "Bo Chen", "Globex");
        IndexedContactStore contacts = indexed();
        assertThat(fakes.contacts.findAllCalls()).isZero();

        assertThat(contacts.findAll()).extracting(Contact::name).containsExactly("Ana Ruiz", "Bo Chen");
        contacts.save(Contact.capture(new ContactId(3), "Ada"));
        // The index holds listed copies only: whoever asks for everyone whole gets the store's contacts.
        assertThat(contacts.findAll()).extracting(Contact::name).containsExactly("Ana Ruiz", "Bo Chen", "Ada");
        assertThat(contacts.findAll()).isEqualTo(fakes.contacts.findAll());
    }

    @Test
    void aSaveRolledBackWithItsUnitOfWorkDoesNotLingerInTheIndex() {
        seed(1, "Ana Ruiz", "Acme");
        IndexedContactStore contacts = indexed();
        Transactions transactions = contacts.guard(fakes.transactions);
        SearchContactsService search = new SearchContactsService(contacts);

        assertThatThrownBy(() -> transactions.run(() -> {
            contacts.save(contacts.find(new ContactId(1)).orElseThrow().edit().name("Ana Torres").build());
            contacts.save(Contact.capture(new ContactId(2), "Carl"));
            throw new IllegalStateException("connection lost");
        })).hasMessage("connection lost");

        assertThat(names(search, "", 10)).containsExactly("Ana Ruiz");
    }

    @Test
    void aRollbackTheDatabaseCannotAnswerForLeavesNothingStaleOnceItIsBack() {
        seed(1, "Ana Ruiz", "Acme");
        boolean[] closed = {false};
        // A database that closed itself under the failed write (a full disk) answers nothing until reopened.
        ContactStore database = new FakeStoreWrapper(fakes.contacts) {
            @Override
            public Optional<Contact> find(ContactId id) {
                if (closed[0]) {
                    throw new StorageFailedException("the disk holding /data is full");
                }
                return super.find(id);
            }
        };
        IndexedContactStore contacts = new IndexedContactStore(database, new WatchedThreads());
        Transactions transactions = contacts.guard(fakes.transactions);
        SearchContactsService search = new SearchContactsService(contacts);
        assertThat(names(search, "", 10)).containsExactly("Ana Ruiz");

        assertThatThrownBy(() -> transactions.run(() -> {
            contacts.save(contacts.find(new ContactId(1)).orElseThrow().edit().name("Ana Torres").build());
            closed[0] = true;
            throw new StorageFailedException("the disk holding /data is full");
        })).isInstanceOf(StorageFailedException.class);
        closed[0] = false;

        assertThat(names(search, "", 10)).containsExactly("Ana Ruiz");
    }
}
