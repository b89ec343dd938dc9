package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.googlecode.lanterna.input.KeyStroke;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A terminal that is closed under the session (a killed window, a hung-up line) ends it quietly. */
class TerminalGoneTest {

    /** Reading the keyboard of a closed terminal fails as Linux says it: EIO, "Input/output error". */
    private static final class ClosedTerminal extends QueueTerminal {
        ClosedTerminal() {
            super(80, 24);
        }

        @Override
        public KeyStroke readInput() {
            // A virtual terminal declares no IOException; a real one's keyboard throws it, so this one does too.
            throw ClosedTerminal.<RuntimeException>thrown(new IOException("Input/output error"));
        }

        @SuppressWarnings("unchecked")
        private static <E extends Throwable> E thrown(Throwable failure) throws E {
            throw (E) failure;
        }
    }

    @Test
    void aTerminalClosedUnderTheSessionEndsItWithoutAWarning() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        try {
            TuiApp.run(Seeds.withDirection().useCases, new ClosedTerminal());
        } finally {
            root.detachAppender(logged);
        }

        assertThat(logged.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("terminal went away"));
    }
}
