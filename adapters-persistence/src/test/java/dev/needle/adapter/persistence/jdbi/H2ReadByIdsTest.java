package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People read by id (Today's first frame reads a few hundred so) come from one statement text whatever
 * their number, so it is parsed once, and H2 looks each one up by the primary key instead of reading
 * the table.
 */
class H2ReadByIdsTest {
    @TempDir
    Path dir;

    @Test
    void theStatementIsTheSameForAnyNumberOfIds() {
        Selection one = Selection.byIds(List.of(7L));
        Selection many = Selection.byIds(LongStream.rangeClosed(1, 300).boxed().toList());

        assertThat(many.where()).isEqualTo(one.where());
        assertThat(many.params()).hasSize(1);
    }

    @Test
    void h2LooksThePeopleUpByThePrimaryKey() {
        String url = H2Urls.fileUrl(dir);
        JdbiPersistence.open(url, FreshH2Databases.USER, FreshH2Databases.PASSWORD).close();
        Selection ids = Selection.byIds(List.of(3L, 1L, 2L));

        String plan = Jdbi.create(url, FreshH2Databases.USER, FreshH2Databases.PASSWORD).withHandle(handle ->
                ids.query(handle, "EXPLAIN SELECT o.* FROM contacts o " + ids.where() + " ORDER BY o.id")
                        .mapTo(String.class).one());

        assertThat(plan).contains("/* PUBLIC.PRIMARY_KEY").doesNotContain("tableScan");
    }
}
