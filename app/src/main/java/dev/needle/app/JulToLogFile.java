package dev.needle.app;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * java.util.logging's configuration, named by {@link FileLogging} and applied by the JDK the first time
 * anything logs through java.util.logging: every record goes to slf4j (so to the log file), none to the
 * console handler the JDK's defaults would write to stderr. Setting it up at start instead costs every
 * run java.util.logging's own start, which most runs never use.
 */
public final class JulToLogFile {
    /** As logback's root: what java.util.logging passes on, logback keeps. */
    static final String CONFIGURATION = "handlers=" + SLF4JBridgeHandler.class.getName() + "\n.level=INFO\n";

    /** Called by the JDK (reflectively, hence public); a failure here would be printed on stderr by it. */
    public JulToLogFile() {
        try {
            LogManager.getLogManager().readConfiguration(
                    new ByteArrayInputStream(CONFIGURATION.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (Exception | LinkageError e) {
            // Nothing may reach the terminal; without this configuration java.util.logging logs nowhere.
            LogManager.getLogManager().reset();
        }
    }
}
