package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.EditConflictException;
import dev.needle.application.index.IndexedContactStore;
import dev.needle.application.service.SearchContactsService;
import dev.needle.application.service.fake.WatchedThreads;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Needle processes on one H2 file, on the production URL (AUTO_SERVER) and a real password: both
 * read and write, each sees the other's rows, and of two edits of the same contact the later is refused.
 */
class TwoProcessTest {
    @TempDir
    Path dataDir;

    @Test
    void twoProcessesShareOneFileAndTheLaterOfTwoEditsIsRefused() throws Exception {
        String url = H2Urls.fileUrl(dataDir);
        // This process opens the file first, so it serves it and the child connects through it.
        try (JdbiPersistence mine = JdbiPersistence.open(url, FreshH2Databases.USER, FreshH2Databases.PASSWORD);
             ChildJvm other = ChildJvm.start(SessionChild.class, dataDir.resolve("child.err"), dataDir.toString())) {
            assertThat(other.readLine()).isEqualTo("ready");

            // Each writes rows the other then reads.
            long theirs = Long.parseLong(other.ask("save Written by the child — 子"));
            assertThat(mine.contacts().find(new ContactId(theirs))).map(Contact::name).contains("Written by the child — 子");
            Contact ours = mine.contacts().save(Contact.capture(new ContactId(mine.ids().next()), "Written by the test"));
            assertThat(other.ask("name " + ours.id().value())).isEqualTo("Written by the test");
            assertThat(ours.id().value()).isNotEqualTo(theirs);

            // Both read the same contact; the child saves first, so this process's save comes too late.
            Contact myCopy = mine.contacts().find(ours.id()).orElseThrow();
            assertThat(other.ask("hold " + ours.id().value())).isEqualTo("held");
            assertThat(other.ask("rename Renamed by the child")).isEqualTo("saved");
            assertThatThrownBy(() -> mine.contacts().save(myCopy.edit().name("Renamed by the test").build()))
                    .isInstanceOf(EditConflictException.class)
                    .hasMessageContaining("another session");
            assertThat(mine.contacts().find(ours.id())).map(Contact::name).contains("Renamed by the child");

            // And the other way round: this process wins, the child's stale save is refused.
            assertThat(other.ask("hold " + theirs)).isEqualTo("held");
            Contact fresh = mine.contacts().find(new ContactId(theirs)).orElseThrow();
            mine.contacts().save(fresh.edit().name("Renamed by the test").build());
            assertThat(other.ask("rename Renamed by the child")).isEqualTo("conflict");
            assertThat(other.ask("name " + theirs)).isEqualTo("Renamed by the test");

            assertThat(other.waitFor()).isZero();
        }
    }

    @Test
    void whatTheOtherProcessCapturesOrDeletesReachesThisProcesssSearchIndex() throws Exception {
        String url = H2Urls.fileUrl(dataDir);
        try (JdbiPersistence mine = JdbiPersistence.open(url, FreshH2Databases.USER, FreshH2Databases.PASSWORD);
             ChildJvm other = ChildJvm.start(SessionChild.class, dataDir.resolve("child.err"), dataDir.toString())) {
            assertThat(other.readLine()).isEqualTo("ready");
            Contact leaving = mine.contacts().save(Contact.capture(new ContactId(mine.ids().next()), "Leaving Person"));
            IndexedContactStore index = new IndexedContactStore(mine.contacts(), new WatchedThreads());
            SearchContactsService search = new SearchContactsService(index);
            assertThat(search.search("", 10)).extracting(Contact::name).containsExactly("Leaving Person");

            other.ask("save Captured In The Other Process");
            assertThat(other.ask("delete " + leaving.id().value())).isEqualTo("deleted");

            assertThat(search.search("", 10)).extracting(Contact::name).containsExactly("Captured In The Other Process");
            assertThat(other.waitFor()).isZero();
        }
    }
}
