package dev.needle.adapter.persistence.jdbi;

import java.sql.SQLException;
import java.util.Set;
import org.h2.api.ErrorCode;

/**
 * What H2 reports of its own errors: through SLF4J to the logger named here ({@code TRACE_LEVEL_FILE=4}
 * in {@link H2Urls}), so into Needle's log rather than a trace file beside the database.
 */
public final class H2Reports {
    /** H2's logger when its trace goes to SLF4J. */
    public static final String LOGGER = "h2database";
    private static final Set<Integer> CLOSING = Set.of(ErrorCode.DATABASE_IS_IN_EXCLUSIVE_MODE,
            ErrorCode.DATABASE_CALLED_AT_SHUTDOWN, ErrorCode.DATABASE_IS_CLOSED, ErrorCode.OBJECT_CLOSED);

    private H2Reports() {}

    /** Whether H2 refused a statement with {@code thrown} because the database was closing or closed. */
    public static boolean refusedForClosing(Throwable thrown) {
        return thrown instanceof SQLException refused && CLOSING.contains(refused.getErrorCode());
    }
}
