package dev.needle.app;

import java.util.Map;
import java.nio.file.Path;

/** The entry point of the runnable jar: sets up file logging, then hands over to the command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Logging must be pointed at its file before the first logger exists, or logback would
        // configure itself first; hence this comes before anything else touches slf4j.
        Map<String, String> env = System.getenv();
        Path home = Path.of(System.getProperty("user.home"));
        FileLogging.start(StatePlaces.fromEnvironment(env, home).logFile());

        int exitCode = NeedleCommand.commandLine(Terminals::interactive).execute(args);
        System.exit(exitCode);
    }
}
