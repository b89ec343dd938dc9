package dev.needle.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The commands scripts and mail clients call most ({@code contacts}, {@code query}, {@code due}) only
 * read the data folder's own database, so a start of one of them can have it opened while the command
 * line is built. This reads just enough of the arguments to name that folder, and names none whenever
 * the command line might read them otherwise: another database ({@code --db}, {@code --config}), a
 * folder given twice, an {@code @file}, a value that is not a plain path.
 */
final class ReadingCommandStart {
    private static final Set<String> READING_COMMANDS = Set.of("contacts", "query", "due");
    private static final String DATA_DIR = "--data-dir";
    private static final String ME = "--me";
    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    private ReadingCommandStart() {
    }

    /** The folder whose own database the command {@code args} ask for reads; empty when it is not one of those. */
    static Optional<Path> ownDataDir(String[] args, Map<String, String> env) {
        String command = null;
        String dataDir = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("@") || arg.equals("--") || arg.startsWith("--db") || arg.startsWith("--config")
                    || HELP.contains(arg)) {
                return Optional.empty();
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean valueFollows = !arg.contains("=");
            if (name.equals(DATA_DIR) || name.equals(ME)) {
                String value = valueFollows ? (i + 1 < args.length ? args[++i] : null) : arg.substring(arg.indexOf('=') + 1);
                if (value == null || value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                    return Optional.empty();
                }
                if (name.equals(DATA_DIR)) {
                    if (dataDir != null || !isPath(value)) {
                        return Optional.empty();
                    }
                    dataDir = value;
                }
            } else if (command == null && !arg.startsWith("-")) {
                command = arg;
            }
        }
        if (command == null || !READING_COMMANDS.contains(command)) {
            return Optional.empty();
        }
        return Optional.of(dataDir == null ? Places.fromEnvironment(env).dataDir() : Path.of(dataDir));
    }

    /**
     * Whether a reading command's {@code args} ask for nothing that may write: {@code --mine} may make
     * the acting person join the team, so its run opens the database as any other does.
     */
    static boolean onlyReads(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("--mine")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPath(String value) {
        try {
            Path.of(value);
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
