package dev.needle.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import dev.needle.adapter.persistence.jdbi.H2Reports;
import java.util.function.BooleanSupplier;

/**
 * Keeps out of the log H2's report of a statement it refused because the database was closing, once
 * Needle itself has begun to close it: background work still reading then (the index's read after a
 * quick quit) fails as expected, and says so in one line of its own ({@link DaemonThreads}). Any other
 * H2 error, and these same refusals while Needle is not closing, are logged as they come. A filter on
 * the file's appender, not a turbo filter: H2 asks whether debug is on at every JDBC call, and a
 * turbo filter would be asked each time.
 */
public final class H2RefusalsWhileClosing extends Filter<ILoggingEvent> {
    private final BooleanSupplier closing;

    /** Read by logback.xml, which names this class. */
    public H2RefusalsWhileClosing() {
        this(Closing::begun);
    }

    H2RefusalsWhileClosing(BooleanSupplier closing) {
        this.closing = closing;
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        boolean refused = event.getLoggerName().startsWith(H2Reports.LOGGER)
                && event.getThrowableProxy() instanceof ThrowableProxy thrown
                && H2Reports.refusedForClosing(thrown.getThrowable());
        return refused && closing.getAsBoolean() ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
