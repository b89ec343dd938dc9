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
    String out = "";
    String err = "";

    CliRun(Path home) {
        this.home = home;
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
        NeedleCommand command = new NeedleCommand(() -> false, Map.of(
                "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_STATE_HOME", home.resolve("state").toString(),
                "TERM", "xterm-256color"));
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
