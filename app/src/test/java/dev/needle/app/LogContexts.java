package dev.needle.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.file.Path;

/** Logger contexts of a test's own, apart from the one the tests' logback-test.xml configures. */
final class LogContexts {
    private LogContexts() {
    }

    /** Started, with nothing configured. */
    static LoggerContext fresh() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.start();
        return context;
    }

    /** Configured in code, as the runnable jar is, writing to {@code log}. */
    static LoggerContext inCode(Path log) {
        LoggerContext context = fresh();
        FileLogConfigurator.logTo(context, log.toString());
        return context;
    }

    /** Configured by the app's logback.xml, writing to {@code log}. */
    static LoggerContext byLogbackXml(Path log) throws JoranException {
        LoggerContext context = fresh();
        context.putProperty(FileLogging.LOG_FILE_PROPERTY, log.toString());
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        joran.doConfigure(LogContexts.class.getResource("/logback.xml"));
        return context;
    }
}
