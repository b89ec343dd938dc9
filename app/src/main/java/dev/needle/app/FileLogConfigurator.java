package dev.needle.app;

import dev.needle.adapter.persistence.jdbi.H2Reports;
import dev.needle.adapter.tui.StartUpTimeline;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * Configures logging in code, exactly as logback.xml describes it: file only, never the terminal.
 * Reading the XML took a large share of start-up (an XML parser and bean reflection before the
 * first frame); this does the same in a few calls. An explicitly chosen configuration
 * ({@code -Dlogback.configurationFile}, or the tests' logback-test.xml) still wins.
 */
public final class FileLogConfigurator extends ContextAwareBase implements Configurator {
    /** As in logback.xml. */
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %"
            + PrintableLogMessage.WORD + "%n%" + PrintableLogThrowable.WORD;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || FileLogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        logTo(context, System.getProperty(FileLogging.LOG_FILE_PROPERTY,
                System.getProperty("user.home") + "/.local/state/needle/needle.log"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sends every log line of {@code context} to {@code logFile}, as logback.xml does. */
    static void logTo(LoggerContext context, String logFile) {
        context.getStatusManager().add(new NopStatusListener());
        // No LevelChangePropagator: it would start java.util.logging on every run; JulToLogFile gives
        // it logback's root level when something first uses it.

        // Messages and traces quote outside text: the log is cleaned like every other output.
        Map<String, Supplier<DynamicConverter>> rules = new HashMap<>();
        rules.put(PrintableLogMessage.WORD, PrintableLogMessage::new);
        rules.put(PrintableLogThrowable.WORD, PrintableLogThrowable::new);
        context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);
        AtFirstLine file = new AtFirstLine(() -> fileAppender(context, logFile));
        file.setContext(context);
        file.setName("FILE");
        H2RefusalsWhileClosing closingNoise = new H2RefusalsWhileClosing();
        closingNoise.start();
        file.addFilter(closingNoise);
        file.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        context.getLogger("org.apache.sshd").setLevel(Level.WARN);
        context.getLogger(H2Reports.LOGGER).setLevel(Level.WARN);
        if (Boolean.getBoolean("needle.exitAfterFirstFrame")) {
            // A timed start (bench/run): log each phase's end, to take a slow start apart.
            context.getLogger(StartUpTimeline.LOGGER).setLevel(Level.DEBUG);
        }
    }

    /** The appender that writes {@code logFile}, as logback.xml describes it, started. */
    private static Appender<ILoggingEvent> fileAppender(LoggerContext context, String logFile) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logFile);
        file.setAppend(true);
        file.setEncoder(encoder);
        file.start();
        return file;
    }

    /**
     * Sets the file's appender up at the first line logged: parsing the pattern (its date format reads
     * the time zone's rules) and opening the file cost every run ~10 ms, and most script commands log
     * nothing (docs/performance.md).
     */
    static final class AtFirstLine extends UnsynchronizedAppenderBase<ILoggingEvent> {
        private final Supplier<Appender<ILoggingEvent>> setUp;
        private volatile Appender<ILoggingEvent> file;

        AtFirstLine(Supplier<Appender<ILoggingEvent>> setUp) {
            this.setUp = setUp;
        }

        @Override
        protected void append(ILoggingEvent event) {
            Appender<ILoggingEvent> opened = file;
            (opened != null ? opened : open()).doAppend(event);
        }

        private synchronized Appender<ILoggingEvent> open() {
            if (file == null) {
                file = setUp.get();
            }
            return file;
        }

        @Override
        public synchronized void stop() {
            if (file != null) {
                file.stop();
            }
            super.stop();
        }
    }
}
