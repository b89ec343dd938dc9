package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.ContactSample;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The first few of a long list of contacts and how many it holds, for screens that show only those. */
final class ContactSamples {
    /** Open, no follow-up, met at an event that has happened or has no date: {@link dev.needle.domain.AfterEvent}'s rule as SQL. */
    static final String AWAITING_DECISION = "o.next_follow_up IS NULL AND o.stage <> :closed "
            + "AND o.origin_event_id IS NOT NULL AND (o.origin_on IS NULL OR o.origin_on <= :today)";

    private ContactSamples() {
    }

    /**
     * Counts the contacts {@code condition} selects, then loads the earliest {@code atLeast} by
     * {@code date}: the date the last of them has first (one indexed scan), then every contact up to
     * that date, so ties come whole. A few small reads instead of the whole list.
     */
    static ContactSample sample(Handle handle, String condition, Map<String, Object> params, String date, int atLeast) {
        int total = handle.createQuery("SELECT COUNT(*) FROM contacts o WHERE " + condition).bindMap(params)
                .mapTo(Integer.class).one();
        Map<String, Object> bound = new HashMap<>(params);
        String upTo = "";
        if (total > atLeast) {
            LocalDate boundary = handle.createQuery("SELECT MAX(d) FROM (SELECT " + date + " AS d FROM contacts o WHERE "
                            + condition + " ORDER BY d FETCH FIRST " + Math.max(atLeast, 1) + " ROWS ONLY) page")
                    .bindMap(params).mapTo(LocalDate.class).one();
            bound.put("boundary", boundary);
            upTo = " AND " + date + " <= :boundary";
        }
        return new ContactSample(ContactRows.load(handle, Selection.where(condition + upTo, bound)), total);
    }
}
