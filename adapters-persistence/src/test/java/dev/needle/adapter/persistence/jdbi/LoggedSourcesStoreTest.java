package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.adapter.persistence.memory.InMemoryPersistence;
import dev.needle.application.port.out.ChangeCounter;
import dev.needle.application.port.out.LoggedSources;
import dev.needle.application.port.out.Transactions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The source keys of logging, on an H2 file (migrated by V15) and in memory: kept, found, rolled back, counted. */
class LoggedSourcesStoreTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 18);

    @TempDir
    Path dir;

    private JdbiPersistence h2;

    private record Under(LoggedSources sources, Transactions transactions, ChangeCounter changes) {
    }

    private Under open(String kind) {
        if (kind.equals("h2")) {
            h2 = JdbiPersistence.open(H2Urls.fileUrl(dir), FreshH2Databases.USER, FreshH2Databases.PASSWORD);
            return new Under(h2.loggedSources(), h2.transactions(), h2.changes());
        }
        InMemoryPersistence memory = InMemoryPersistence.open();
        return new Under(memory.loggedSources(), memory.transactions(), memory.changes());
    }

    @AfterEach
    void close() {
        if (h2 != null) {
            h2.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "memory"})
    void aRememberedKeyIsFoundAmongOthersAndMovesTheChangeCounter(String kind) {
        Under db = open(kind);
        long before = db.changes().current();

        db.sources().remember("mail|a1@x|2026-03-18|7", LoggedSources.Kind.INTERACTION, 42, DAY);

        assertThat(db.sources().loggedAmong(List.of("mail|a1@x|2026-03-18|7", "mail|b2@x|2026-03-18|7")))
                .containsExactly("mail|a1@x|2026-03-18|7");
        assertThat(db.changes().current()).isGreaterThan(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "memory"})
    void aKeyRememberedInAUnitThatFailsIsNotKept(String kind) {
        Under db = open(kind);

        assertThatThrownBy(() -> db.transactions().run(() -> {
            db.sources().remember("calendar|u1||7", LoggedSources.Kind.INTERACTION, 1, DAY);
            throw new IllegalStateException("the next file did not read");
        })).hasMessage("the next file did not read");

        assertThat(db.sources().loggedAmong(List.of("calendar|u1||7"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "memory"})
    void manyKeysAreAskedInOneCall(String kind) {
        Under db = open(kind);
        db.transactions().run(() -> IntStream.range(0, 1200).forEach(i ->
                db.sources().remember("k" + i, LoggedSources.Kind.EVENT, i, DAY)));

        Set<String> found = db.sources().loggedAmong(IntStream.range(600, 1800).mapToObj(i -> "k" + i).toList());

        assertThat(found).hasSize(600).contains("k600", "k1199").doesNotContain("k1200");
    }
}
