package dev.needle.app;

import java.nio.file.Path;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run by {@code JavaUtilLoggingIT} in a JVM of its own, beside the jar: sets up logging as Main does,
 * then logs through java.util.logging and System.Logger, as a library or the JDK would, and through slf4j.
 */
public final class JulProbe {
    private JulProbe() {
    }

    public static void main(String[] args) {
        FileLogging.start(Path.of(args[0]));
        LoggerFactory.getLogger("probe").info("a line through slf4j");
        Logger library = Logger.getLogger("org.example.library");
        library.warning("a warning through java.util.logging");
        library.info("a note through java.util.logging");
        library.fine("a detail below the level");
        System.getLogger("org.example.platform").log(System.Logger.Level.WARNING, "a warning through System.Logger");
        System.getLogger("org.example.platform").log(System.Logger.Level.DEBUG, "a debug line below the level");
    }
}
