package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Today's first frame counts the due follow-ups and the people awaiting a decision before it reads
 * anyone whole. Each of those passes must be answered by one index that holds every column it reads:
 * a pass that reads the rows reads what people have in them too (notes, addresses, foreign fields),
 * most of the table's pages on a start.
 */
class H2TodayIndexTest {
    private static final Pattern COLUMN = Pattern.compile("\\bo\\.([a-z_]+)");
    private static final Pattern INDEX_IN_PLAN = Pattern.compile("/\\* PUBLIC\\.([A-Z_]+)");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path dir;

    @Test
    void theOverdueFollowUpsAreCountedFromOneIndexAlone() {
        assertAnsweredByOneIndex(ContactSamples.followUps(false), ContactSamples.FOLLOW_UP_DAY,
                Map.of("last", TODAY.minusDays(1), "closed", "CLOSED_KINDLY"));
    }

    @Test
    void theWeeksFollowUpsAreCountedFromOneIndexAlone() {
        assertAnsweredByOneIndex(ContactSamples.followUps(true), ContactSamples.FOLLOW_UP_DAY,
                Map.of("first", TODAY, "last", TODAY.plusDays(6), "closed", "CLOSED_KINDLY"));
    }

    @Test
    void thePeopleAwaitingADecisionAreCountedFromOneIndexAlone() {
        assertAnsweredByOneIndex(ContactSamples.AWAITING_DECISION, ContactSamples.AWAITING_SINCE,
                Map.of("today", TODAY, "closed", "CLOSED_KINDLY"));
    }

    private void assertAnsweredByOneIndex(String condition, String date, Map<String, Object> params) {
        String url = H2Urls.fileUrl(dir);
        JdbiPersistence.open(url, FreshH2Databases.USER, FreshH2Databases.PASSWORD).close();
        String sql = ContactSamples.idsAndDays(condition, date);
        Set<String> read = new TreeSet<>();
        Matcher column = COLUMN.matcher(sql);
        while (column.find()) {
            read.add(column.group(1).toUpperCase(java.util.Locale.ROOT));
        }
        read.remove("ID"); // every index entry carries the row's key

        Jdbi.create(url, FreshH2Databases.USER, FreshH2Databases.PASSWORD).useHandle(handle -> {
            String plan = handle.createQuery("EXPLAIN " + sql).bindMap(params).mapTo(String.class).one();
            Matcher index = INDEX_IN_PLAN.matcher(plan);
            assertThat(index.find()).as("an index in the plan: %s", plan).isTrue();
            Set<String> indexed = new TreeSet<>(handle.createQuery("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS "
                            + "WHERE TABLE_NAME = 'CONTACTS' AND INDEX_NAME = :index")
                    .bind("index", index.group(1)).mapTo(String.class).list());
            assertThat(indexed).as("the columns of %s, for %s", index.group(1), sql).containsAll(read);
        });
    }
}
