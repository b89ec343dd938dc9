package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.ContactSample;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The first few of a long list of contacts and how many it holds, for screens that show only those. */
final class ContactSamples {
    /** Open, no follow-up, met at an event that has happened or has no date: {@link dev.needle.domain.AfterEvent}'s rule as SQL. */
    static final String AWAITING_DECISION = "o.next_follow_up IS NULL AND o.stage <> :closed "
            + "AND o.origin_event_id IS NOT NULL AND (o.origin_on IS NULL OR o.origin_on <= :today)";
    /** How long they have waited: the event's day, an undated one counting as today. */
    static final String AWAITING_SINCE = "COALESCE(o.origin_on, :today)";
    static final String FOLLOW_UP_DAY = "o.next_follow_up";

    private ContactSamples() {
    }

    /**
     * The contacts {@code condition} selects, counted, and the earliest {@code atLeast} of them by
     * {@code date} with every contact on the last date they reach. One pass over the rows reads only
     * each one's id and date; the contacts kept are then read by id. (A count, a query for the
     * boundary date and a read up to it walked the rows three times: most of Today's first frame.)
     * A sample of none is the count alone: no contact is read.
     */
    static ContactSample sample(Handle handle, String condition, Map<String, Object> params, String date, int atLeast) {
        IdsAndDays matching = handle.createQuery(idsAndDays(condition, date))
                .bindMap(params)
                .reduceResultSet(new IdsAndDays(), (found, rs, ctx) -> found.add(rs.getLong(1),
                        rs.getObject(2, LocalDate.class).toEpochDay()));
        if (atLeast < 1) {
            return new ContactSample(List.of(), matching.size());
        }
        long boundary = matching.size() > atLeast ? matching.nthEarliestDay(atLeast) : Long.MAX_VALUE;
        return new ContactSample(ContactRows.loadByIds(handle, matching.idsUpTo(boundary)), matching.size());
    }

    /** Open, with a follow-up on or before {@code :last} (and on or after {@code :first} when {@code from}). */
    static String followUps(boolean from) {
        return "o.next_follow_up <= :last AND o.stage <> :closed" + (from ? " AND o.next_follow_up >= :first" : "");
    }

    /**
     * The one pass over the rows: only ids and dates, which the {@code contacts_for_today} index (V26)
     * holds, so the rows themselves are not read.
     */
    static String idsAndDays(String condition, String date) {
        return "SELECT o.id, " + date + " AS d FROM contacts o WHERE " + condition;
    }

    /** Ids and their dates (as epoch days) in two growing arrays: a few bytes a row even at 100k rows. */
    private static final class IdsAndDays {
        private long[] ids = new long[256];
        private long[] days = new long[256];
        private int size;

        IdsAndDays add(long id, long day) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                days = Arrays.copyOf(days, size * 2);
            }
            ids[size] = id;
            days[size++] = day;
            return this;
        }

        int size() {
            return size;
        }

        /** The day of the {@code n}th earliest row (1-based). */
        long nthEarliestDay(int n) {
            long[] sorted = Arrays.copyOf(days, size);
            Arrays.sort(sorted);
            return sorted[n - 1];
        }

        /** The ids of the rows on or before {@code day}, ascending. */
        List<Long> idsUpTo(long day) {
            List<Long> kept = new ArrayList<>();
            long[] sorted = new long[size];
            int count = 0;
            for (int i = 0; i < size; i++) {
                if (days[i] <= day) {
                    sorted[count++] = ids[i];
                }
            }
            Arrays.sort(sorted, 0, count);
            for (int i = 0; i < count; i++) {
                kept.add(sorted[i]);
            }
            return kept;
        }
    }
}
