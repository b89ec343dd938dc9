package dev.needle.app;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/** Sends every log line, java.util.logging included, to one file and never to the terminal. */
final class FileLogging {
    /** Read by FileLogConfigurator (and logback.xml); the name is shared with them. */
    static final String LOG_FILE_PROPERTY = "needle.log.file";
    /** The JDK's: the class that configures java.util.logging when it starts. */
    static final String JUL_CONFIGURATION_PROPERTY = "java.util.logging.config.class";

    private FileLogging() {}

    static void start(Path logFile) {
        Path absolute = logFile.toAbsolutePath();
        String notPrivate = makePrivate(absolute);
        System.setProperty(LOG_FILE_PROPERTY, absolute.toString());
        // JUL's default console handler writes to stderr, which would land on the UI's terminal: JUL is
        // configured to hand every record to slf4j instead, when something first uses it.
        System.setProperty(JUL_CONFIGURATION_PROPERTY, JulToLogFile.class.getName());
        if (notPrivate != null) {
            LoggerFactory.getLogger(FileLogging.class).warn("The log is not private: {}", notPrivate);
        }
    }

    /**
     * The log names users, client addresses and key fingerprints: its folder is made 0700 and the file
     * 0600 before the logger opens it (which would use the umask), also when an older version left them
     * open. Best effort: a log that cannot be made private is still written; returns why, or null.
     */
    private static String makePrivate(Path logFile) {
        Path folder = logFile.toAbsolutePath().getParent();
        Path name = logFile.getFileName();
        if (folder == null || name == null) {
            return logFile + " is not a file in a folder";
        }
        try {
            PrivateFolder.create(folder).ownerOnlyFile(name.toString());
            return null;
        } catch (UncheckedIOException e) {
            return e.getMessage();
        }
    }
}
