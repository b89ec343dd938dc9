package dev.needle.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line in-process with a private data folder, capturing stdout and stderr. */
final class CliRun {
    private final Path home;
    private final Map<String, String> extraEnvironment;
    String out = "";
    String err = "";

    CliRun(Path home) {
        this(home, Map.of());
    }

    /** With more environment variables than the usual few (a password a command reads from it). */
    CliRun(Path home, Map<String, String> extraEnvironment) {
        this.home = home;
        this.extraEnvironment = Map.copyOf(extraEnvironment);
    }

    /** Runs against the H2 file database in the data folder under the home given. */
    int onDisk(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", home.resolve("data").toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_STATE_HOME", home.resolve("state").toString(),
                "TERM", "xterm-256color"));
        environment.putAll(extraEnvironment);
        NeedleCommand command = new NeedleCommand(() -> false, environment);
        CommandLine cmd = NeedleCommand.commandLine(command);
        cmd.setOut(new PrintWriter(o, true));
        cmd.setErr(new PrintWriter(e, true));
        try {
            return cmd.execute(args);
        } finally {
            out = o.toString();
            err = e.toString();
            try {
                command.close();
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }
    }
}
