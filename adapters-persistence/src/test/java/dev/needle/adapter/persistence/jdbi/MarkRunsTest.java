package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import dev.needle.domain.TeammateId;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the marks of an import cost in rows: one per run of ids, not one per record. */
class MarkRunsTest {
    private static final RecordMark.Stamp ANN = new RecordMark.Stamp(new TeammateId(3), LocalDateTime.of(2026, 12, 6, 10, 42));

    @TempDir
    Path dataDir;

    @Test
    void tenThousandContactsAddedUnderIdsInARowAreMarkedByOneRow() {
        String url = H2Urls.fileUrl(dataDir);
        try (JdbiPersistence db = JdbiPersistence.open(url, FreshH2Databases.USER, FreshH2Databases.PASSWORD)) {
            db.transactions().run(() -> db.marks().mark(RecordKind.CONTACT,
                    LongStream.rangeClosed(1001, 11000).boxed().toList(), RecordMark.Deed.ADDED, ANN));
        }

        assertThat(count(url, "record_mark_runs")).isEqualTo(1);
        assertThat(count(url, "record_marks")).isZero();
    }

    @Test
    void aChangeToOneOfThemAddsOneRowAndLeavesTheRunAsItWas() {
        String url = H2Urls.fileUrl(dataDir);
        try (JdbiPersistence db = JdbiPersistence.open(url, FreshH2Databases.USER, FreshH2Databases.PASSWORD)) {
            db.marks().mark(RecordKind.CONTACT, LongStream.rangeClosed(1001, 2000).boxed().toList(),
                    RecordMark.Deed.ADDED, ANN);
            db.marks().mark(RecordKind.CONTACT, List.of(1500L), RecordMark.Deed.CHANGED, ANN);
            // Two saved one by one, as a screen saves them: a row each, as before runs.
            db.marks().mark(RecordKind.CONTACT, 2001, RecordMark.Deed.ADDED, ANN);
            db.marks().mark(RecordKind.CONTACT, 2002, RecordMark.Deed.ADDED, ANN);
        }

        assertThat(count(url, "record_mark_runs")).isEqualTo(1);
        assertThat(count(url, "record_marks")).isEqualTo(3);
    }

    private static int count(String url, String table) {
        return Jdbi.create(url, FreshH2Databases.USER, FreshH2Databases.PASSWORD).withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }
}
