package dev.needle.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import dev.needle.adapter.persistence.jdbi.H2Reports;
import java.util.function.BooleanSupplier;
import org.slf4j.Marker;

/**
 * Keeps out of the log H2's report of a statement it refused because the database was closing, once
 * Needle itself has begun to close it: background work still reading then (the index's read after a
 * quick quit) fails as expected, and says so in one line of its own ({@link DaemonThreads}). Any other
 * H2 error, and these same refusals while Needle is not closing, are logged as they come.
 */
public final class H2RefusalsWhileClosing extends TurboFilter {
    private final BooleanSupplier closing;

    /** Read by logback.xml, which names this class. */
    public H2RefusalsWhileClosing() {
        this(Closing::begun);
    }

    H2RefusalsWhileClosing(BooleanSupplier closing) {
        this.closing = closing;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable thrown) {
        boolean fromH2 = logger != null && logger.getName().startsWith(H2Reports.LOGGER);
        return fromH2 && H2Reports.refusedForClosing(thrown) && closing.getAsBoolean() ? FilterReply.DENY
                : FilterReply.NEUTRAL;
    }
}
