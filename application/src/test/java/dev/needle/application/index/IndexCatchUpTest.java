package dev.needle.application.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.service.SearchContactsService;
import dev.needle.application.service.fake.FakeContactStore;
import dev.needle.application.service.fake.WatchedThreads;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The search index of one session catches up with what other sessions did to the same database. The
 * fake store written to directly, not through {@link IndexedContactStore}, plays the other session.
 */
class IndexCatchUpTest {
    private final FakeContactStore database = new FakeContactStore();
    private final IndexedContactStore mine = new IndexedContactStore(database, new WatchedThreads());
    private final SearchContactsService search = new SearchContactsService(mine);

    private List<String> names(String query) {
        return search.search(query, 10).stream().map(Contact::name).toList();
    }

    @Test
    void aContactCapturedInAnotherSessionIsFoundByTheNextSearch() {
        assertThat(names("")).isEmpty();

        database.save(Contact.capture(new ContactId(7), "Captured Elsewhere"));

        assertThat(names("elsewhere")).containsExactly("Captured Elsewhere");
    }

    @Test
    void anEditInAnotherSessionReplacesTheIndexedCopy() {
        Contact ana = database.save(Contact.capture(new ContactId(1), "Ana Ruiz"));
        IndexedContactStore later = new IndexedContactStore(database, new WatchedThreads());
        SearchContactsService laterSearch = new SearchContactsService(later);

        database.save(ana.edit().name("Ana Torres").company("Globex").build());

        assertThat(laterSearch.search("ruiz", 10)).isEmpty();
        assertThat(laterSearch.search("torres globex", 10)).extracting(Contact::version).containsExactly(2L);
    }

    @Test
    void aContactDeletedInAnotherSessionDisappearsFromTheNextSearch() {
        Contact gone = mine.save(Contact.capture(new ContactId(1), "Leaving Soon"));
        mine.save(Contact.capture(new ContactId(2), "Staying Put"));
        assertThat(names("")).containsExactly("Leaving Soon", "Staying Put");

        database.delete(gone.id());

        assertThat(names("")).containsExactly("Staying Put");
    }

    @Test
    void aSearchAsksForChangesOnceAndNeverReloadsEveryone() {
        database.save(Contact.capture(new ContactId(1), "Ana Ruiz"));
        IndexedContactStore indexed = new IndexedContactStore(database, new WatchedThreads());
        indexed.search("ana", 10); // the first use reads everyone, once
        int loads = database.findAllCalls();
        int asked = database.changesSinceCalls();

        database.save(Contact.capture(new ContactId(2), "Bo Chen"));
        List<Contact> found = indexed.search("bo", 10);
        indexed.search("chen", 10);

        assertThat(found).extracting(Contact::name).containsExactly("Bo Chen");
        assertThat(database.changesSinceCalls() - asked).isEqualTo(2);
        assertThat(database.findAllCalls()).isEqualTo(loads);
    }
}
