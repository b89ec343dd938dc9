package dev.needle.app;

import java.nio.file.Path;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Sends every log line, java.util.logging included, to one file and never to the terminal. */
final class FileLogging {
    /** Read by FileLogConfigurator (and logback.xml); the name is shared with them. */
    static final String LOG_FILE_PROPERTY = "needle.log.file";

    private FileLogging() {}

    static void start(Path logFile) {
        System.setProperty(LOG_FILE_PROPERTY, logFile.toAbsolutePath().toString());
        // JUL's default console handler writes to stderr, which would land on the UI's terminal.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
