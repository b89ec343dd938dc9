package dev.needle.app;

import dev.needle.adapter.tui.StartUpTimeline;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** The entry point of the runnable jar: sets up file logging, then hands over to the command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Instant entered = Instant.now(); // what came before is the JVM's own start
        // H2's auto-server (a second session on the same file) must listen on loopback only; the
        // property has to be set before H2 reads it.
        System.setProperty("h2.bindAddress", "127.0.0.1");
        Map<String, String> env = System.getenv();
        // Logging must be pointed at its (private) file before the first logger exists, or logback would
        // configure itself on the account's home: so before anything, reading the arguments included
        // (it loads the commands' classes, and one of them may log).
        FileLogging.start(Places.fromEnvironment(env).logFile());
        Closing.beginOnShutdown();
        Optional<FullScreenStart> fullScreen = FullScreenStart.of(args);
        if (TrainingStart.asked()) {
            TrainingStart.refusal(fullScreen, env).ifPresent(System::exit);
        }
        if (fullScreen.isPresent() || ReadingCommandStart.ownDataDir(args, env).isPresent()) {
            FlightRecorderLeftOut.unlessAsked(); // also for the commands scripts call most: ~40 ms of theirs
        }
        // A full-screen start's database, or that of a command that only reads it, opens meanwhile on a second thread.
        DatabaseAhead.start(args, fullScreen, env);
        StartUpTimeline.mark("main entered", entered);
        StartUpTimeline.mark("logging set up");

        NeedleCommand command = new NeedleCommand(Terminals::interactive);
        command.buildCommandLineWith(whole -> onConsole(NeedleCommand.commandLine(whole)));
        Optional<ScriptStart> script = fullScreen.isPresent() ? Optional.empty() : ScriptStart.of(args);
        Optional<OneCommandStart> oneCommand = fullScreen.isPresent() || script.isPresent() ? Optional.empty()
                : OneCommandStart.of(args);
        int exitCode;
        if (fullScreen.isPresent()) {
            StartUpTimeline.mark("command line skipped");
            exitCode = fullScreen.get().run(command, args);
        } else if (script.isPresent()) {
            StartUpTimeline.mark("command line skipped");
            exitCode = script.get().run(command, consoleOut(), args);
        } else if (oneCommand.isPresent()) {
            exitCode = oneCommand.get().run(command, args, Main::onConsole);
        } else {
            CommandLine commandLine = onConsole(NeedleCommand.commandLine(command));
            StartUpTimeline.mark("command line built");
            exitCode = commandLine.execute(args);
        }
        DatabaseAhead.letGo();
        Closing.begin();
        try {
            command.close();
        } catch (Exception e) {
            LoggerFactory.getLogger(Main.class).error("Closing the database failed", e);
            System.err.println("needle: closing the database failed: " + Printable.clean(String.valueOf(e.getMessage())));
            exitCode = exitCode == 0 ? NeedleCommand.MACHINE : exitCode;
        }
        System.exit(exitCode);
    }

    /** {@code commandLine}, writing to the console in UTF-8. */
    private static CommandLine onConsole(CommandLine commandLine) {
        // Never the platform charset: LANG=C on a minimal server would turn every accent into '?'.
        // Straight to the file descriptor, not through System.out: a PrintStream swallows a failed write
        // (a full disk under `> backup.yaml`), so the writer on top could never tell (ExportCommand checks).
        commandLine.setOut(consoleOut());
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return commandLine;
    }

    /** Standard output in UTF-8, as every command prints to it. */
    private static PrintWriter consoleOut() {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    }
}
