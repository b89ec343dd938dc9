package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Background work the app runs for the application ring: failures reach the caller or the log, never nowhere. */
class DaemonThreadsTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(DaemonThreads.class);
    private final Recorder recorder = new Recorder();

    @AfterEach
    void detach() {
        logger.detachAppender(recorder);
    }

    @Test
    void aFailedWarmUpIsWrittenToTheLog() throws InterruptedException {
        recorder.start();
        logger.addAppender(recorder);

        new DaemonThreads(() -> false).whenIdle("needle-index-warm-up", () -> {
            throw new IllegalStateException("database connection lost");
        });
        recorder.logged.await();

        assertThat(recorder.events).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("needle-index-warm-up");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("database connection lost");
        });
    }

    @Test
    void workStoppedByTheDatabaseClosingIsOneLineWithoutATrace() throws InterruptedException {
        recorder.start();
        logger.addAppender(recorder);

        new DaemonThreads(() -> true).whenIdle("needle-index-warm-up", () -> {
            throw new IllegalStateException("Connection pool has been disposed.");
        });
        recorder.logged.await();

        assertThat(recorder.events).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getFormattedMessage()).contains("needle-index-warm-up", "closing");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    @Test
    void whoeverWaitsForWorkGetsItsResultOrItsOwnFailure() {
        DaemonThreads threads = new DaemonThreads();
        Supplier<String> fine = threads.meanwhile("reader", () -> "read");
        Supplier<String> broken = threads.meanwhile("reader", () -> {
            throw new IllegalStateException("database connection lost");
        });

        assertThat(fine.get()).isEqualTo("read");
        assertThatThrownBy(broken::get).isInstanceOf(IllegalStateException.class).hasMessage("database connection lost");
    }

    private static final class Recorder extends AppenderBase<ILoggingEvent> {
        final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
        final CountDownLatch logged = new CountDownLatch(1);

        @Override
        protected void append(ILoggingEvent event) {
            events.add(event);
            logged.countDown();
        }
    }
}
