package dev.needle.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.ParameterException;

/**
 * A full-screen start with nothing on the command line but the global options ({@code --data-dir},
 * {@code --db}, {@code --config}), run without building picocli's model of every command: that model
 * is most of what the command line costs a start. Anything else, and anything picocli might read
 * otherwise (an {@code @file}, a value that looks like an option or names a command), goes through
 * the command line as before; a refused value or a broken config file is told as the command line
 * tells it, with a command line built only then.
 */
final class FullScreenStart {
    private static final Set<String> OPTIONS = Set.of("--data-dir", "--db", "--config");
    /**
     * The names (and aliases) of {@link NeedleCommand#SUBCOMMANDS}, written out: reading them from the
     * annotations loaded every command's class, and picocli's, before the database was opened ahead
     * (docs/performance.md). FullScreenStartTest checks that the two agree.
     */
    static final Set<String> COMMAND_NAMES = Set.of("contacts", "needs", "triage", "query", "add-from-mail", "log",
            "import", "export", "prep", "due", "remind", "init", "backup", "restore", "doctor", "serve", "completion",
            "help", "duplicates", "sync", "team", "budget");

    private final Map<String, String> options;

    private FullScreenStart(Map<String, String> options) {
        this.options = options;
    }

    /** The start {@code args} ask for, when it is a plain full-screen one. */
    static Optional<FullScreenStart> of(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value;
            int equals = name.indexOf('=');
            if (equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (!OPTIONS.contains(name) || options.containsKey(name) || !plain(value)) {
                return Optional.empty();
            }
            options.put(name, value);
        }
        if (!options.isEmpty() && options.values().stream().anyMatch(COMMAND_NAMES::contains)) {
            return Optional.empty(); // picocli would not take a command's name as an option's value
        }
        return Optional.of(new FullScreenStart(options));
    }

    /**
     * The data folder whose own database this start opens: the one given with {@code --data-dir}, or the
     * default; empty when {@code --db} or {@code --config} may name another.
     */
    Optional<Path> ownDataDir(Map<String, String> env) {
        if (options.containsKey("--db") || options.containsKey("--config")) {
            return Optional.empty();
        }
        String given = options.get("--data-dir");
        return Optional.of(given == null ? Places.fromEnvironment(env).dataDir() : Path.of(given));
    }

    /** Sets the options on {@code command} and shows the full screen; returns the exit code. */
    int run(NeedleCommand command, String[] args) {
        try {
            options.forEach((name, value) -> {
                switch (name) {
                    case "--data-dir" -> command.setDataDir(Path.of(value));
                    case "--db" -> command.setDatabaseUrl(value);
                    default -> command.setConfigFile(Path.of(value));
                }
            });
            if (TerminalFirst.applies(this, command.environment())) {
                command.setUpTerminalAhead();
            }
            return command.call();
        } catch (ParameterException e) {
            return new OneLineErrors().handleParseException(e, args);
        } catch (Exception e) {
            return new OneLineErrors().handleExecutionException(e, command.commandLine(), null);
        }
    }

    /** A value picocli would take as it is: not empty, not like an option, not an {@code @file}, a valid path. */
    private static boolean plain(String value) {
        if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
            return false;
        }
        try {
            Path.of(value);
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
