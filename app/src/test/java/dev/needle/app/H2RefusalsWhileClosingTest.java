package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import dev.needle.adapter.persistence.jdbi.H2Reports;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What reaches the log of H2's errors, before and after Needle begins to close its database. */
class H2RefusalsWhileClosingTest {
    private final AtomicBoolean closing = new AtomicBoolean();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Logger h2;
    private Logger needle;

    @BeforeEach
    void logToAList() {
        LoggerContext context = LogContexts.fresh();
        H2RefusalsWhileClosing filter = new H2RefusalsWhileClosing(closing::get);
        filter.start();
        logged.addFilter(filter);
        logged.setContext(context);
        logged.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(logged);
        h2 = context.getLogger(H2Reports.LOGGER);
        needle = context.getLogger("dev.needle.test");
    }

    @Test
    void aReadRefusedBecauseTheDatabaseClosesIsLeftOutOnceNeedleIsClosingIt() {
        closing.set(true);

        h2.error("jdbc[5]: exception", refusal(ErrorCode.DATABASE_IS_IN_EXCLUSIVE_MODE));
        h2.error("jdbc[5]: exception", refusal(ErrorCode.DATABASE_CALLED_AT_SHUTDOWN));

        assertThat(logged.list).isEmpty();
    }

    /** Seen once in a bench run's quick exits: the close had let go of the session as a read began. */
    @Test
    void aReadBegunAsTheCloseLetGoOfItsSessionIsLeftOutWhileClosing() {
        closing.set(true);

        h2.error("needle:jdbc[3] exception", new SQLException("General error", "HY000", ErrorCode.GENERAL_ERROR_1,
                new NullPointerException("the session's user is null")));
        h2.error("needle:jdbc[3] exception", new SQLException("General error", "HY000", ErrorCode.GENERAL_ERROR_1,
                new IllegalStateException("a chunk could not be written")));

        assertThat(logged.list).singleElement().satisfies(event -> assertThat(event.getThrowableProxy().getMessage())
                .isEqualTo("General error"));
        assertThat(logged.list.get(0).getThrowableProxy().getCause().getClassName()).endsWith("IllegalStateException");
    }

    @Test
    void theSameRefusalIsLoggedWhileNeedleIsNotClosing() {
        h2.error("jdbc[5]: exception", refusal(ErrorCode.DATABASE_IS_CLOSED));

        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("jdbc[5]: exception");
    }

    @Test
    void anyOtherErrorIsLoggedWhileClosing() {
        closing.set(true);

        h2.error("jdbc[5]: exception", refusal(ErrorCode.FILE_CORRUPTED_1));
        needle.warn("A save failed", refusal(ErrorCode.DATABASE_IS_CLOSED));

        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("jdbc[5]: exception", "A save failed");
    }

    private static SQLException refusal(int code) {
        return new SQLException("refused", "HY000", code);
    }
}
