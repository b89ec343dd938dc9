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

    /**
     * Whether H2 refused a statement with {@code thrown} because the database was closing or closed. H2
     * 2.4 also reports a statement begun as the close let go of its session as a general error caused by
     * that session's missing user (a {@link NullPointerException}).
     */
    public static boolean refusedForClosing(Throwable thrown) {
        if (!(thrown instanceof SQLException refused)) {
            return false;
        }
        return CLOSING.contains(refused.getErrorCode())
                || refused.getErrorCode() == ErrorCode.GENERAL_ERROR_1 && refused.getCause() instanceof NullPointerException;
    }
}
