package dev.needle.app;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The plainest forms of the commands scripts and mail clients call most, run without picocli:
 * {@code needle [--data-dir DIR] contacts [QUERY]}, {@code needle [--data-dir DIR] query WORD…} and
 * {@code needle [--data-dir DIR] due}. Even the model of one command cost such a run about 60 ms of CPU
 * (its annotations read, a proxy class made for each kind of annotation; docs/performance.md), a fifth of
 * the whole run. Any other form (an option, an {@code @file}, help, a word picocli might read otherwise)
 * goes through the command line as before, and a failure while running is told as the command line tells
 * it, with a command line built only then.
 */
final class ScriptStart {
    private static final String DATA_DIR = "--data-dir";

    private final String command;
    private final Optional<Path> dataDir;
    private final List<String> words;

    private ScriptStart(String command, Optional<Path> dataDir, List<String> words) {
        this.command = command;
        this.dataDir = dataDir;
        this.words = words;
    }

    /** The start {@code args} ask for, when it is one of the plain forms. */
    static Optional<ScriptStart> of(String[] args) {
        int i = 0;
        Optional<Path> dataDir = Optional.empty();
        if (i < args.length && (args[i].equals(DATA_DIR) || args[i].startsWith(DATA_DIR + "="))) {
            String value = args[i].equals(DATA_DIR) ? (i + 1 < args.length ? args[++i] : null)
                    : args[i].substring(DATA_DIR.length() + 1);
            dataDir = folder(value);
            if (dataDir.isEmpty()) {
                return Optional.empty();
            }
            i++;
        }
        if (i == args.length) {
            return Optional.empty();
        }
        String command = args[i];
        List<String> words = List.of(args).subList(i + 1, args.length);
        if (words.stream().anyMatch(word -> word.startsWith("-") || word.startsWith("@"))) {
            return Optional.empty(); // an option, or a file of arguments: picocli reads those
        }
        boolean plain = switch (command) {
            case "contacts" -> words.size() <= 1;
            case "query" -> !words.isEmpty();
            case "due" -> words.isEmpty();
            default -> false;
        };
        return plain ? Optional.of(new ScriptStart(command, dataDir, words)) : Optional.empty();
    }

    /**
     * Runs the command on {@code root}, printing to {@code out}; returns the exit code. A failure is told
     * on the command line's error stream as the command line tells it ({@code args}: the whole command
     * line, for that).
     */
    int run(NeedleCommand root, PrintWriter out, String[] args) {
        try {
            dataDir.ifPresent(root::setDataDir);
            return switch (command) {
                case "contacts" -> contacts().answer(root, out);
                case "query" -> query().answer(root, out);
                default -> new DueCommand().answer(root, out);
            };
        } catch (ParameterException e) {
            return new OneLineErrors().handleParseException(e, args); // a broken config file
        } catch (Exception e) {
            CommandLine whole = root.commandLine();
            return new OneLineErrors().handleExecutionException(e, whole.getSubcommands().get(command), null);
        }
    }

    private ContactsCommand contacts() {
        ContactsCommand contacts = new ContactsCommand();
        if (!words.isEmpty()) {
            contacts.query = words.get(0);
        }
        return contacts;
    }

    private QueryCommand query() {
        QueryCommand query = new QueryCommand();
        query.words = words;
        return query;
    }

    /**
     * The folder {@code value} names, when picocli would take it as it is and accept it: not empty, not like
     * an option, not an {@code @file}, not a command's name, a valid path, not a file.
     */
    private static Optional<Path> folder(String value) {
        if (value == null || value.isEmpty() || value.startsWith("-") || value.startsWith("@")
                || FullScreenStart.COMMAND_NAMES.contains(value)) {
            return Optional.empty();
        }
        try {
            Path folder = Path.of(value);
            return OptionChecks.dataDir(folder).problem() == null ? Optional.of(folder) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
