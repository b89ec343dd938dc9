package dev.needle.app;

import dev.needle.application.StorageFailedException;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a failure as one line on stderr; the stack trace, if any, goes to the log file only.
 * A wall of usage text after a typo hides the one line that matters.
 */
final class OneLineErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OneLineErrors.class);
    /**
     * True of every command when storage fails: each writes in one transaction (an import, a restore,
     * a triage) or only reads; those that can say more (an import, a backup) say it themselves.
     */
    static final String NOTHING_CHANGED = "nothing was changed";

    private static final String OWN_CODE = "dev.needle.";
    /** A qualified Java name such as "java.io.IOException" or "org.h2.mvstore.MVStoreException". */
    private static final Pattern NAMES_A_CLASS = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*");

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        String prefix = cmd.getParent() == null ? "needle: " : name + ": ";
        if (ex instanceof UnmatchedArgumentException unmatched && notACommand(unmatched, cmd)) {
            cmd.getErr().println(prefix + notACommandMessage(unmatched, cmd));
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        }
        if (ex instanceof UnmatchedArgumentException unmatched && aWordTooMany(unmatched)) {
            cmd.getErr().println(prefix + aWordTooManyMessage(unmatched, cmd));
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        }
        cmd.getErr().println(prefix + ownCase(oneLine(ex.getMessage())) + "; try `" + name + " --help`");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** picocli's sentences start with a capital ("Unknown option: …"); after "needle: " ours do not. */
    private static String ownCase(String message) {
        return message.length() > 1 && Character.isUpperCase(message.charAt(0)) && Character.isLowerCase(message.charAt(1))
                ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (ex instanceof NeedleFailure failure) {
            // Expected and explained in its message: no stack trace, here or in the log.
            LOG.info("Command refused: {}", failure.getMessage());
            cmd.getErr().println("needle: " + oneLine(failure.getMessage()));
            return failure.getExitCode();
        }
        if (ex instanceof StorageFailedException storage) {
            // The machine, not the input: its own exit code, and what became of the data.
            LOG.error("Storage failed", ex);
            cmd.getErr().println("needle: " + oneLine(ownPart(storage.getMessage())) + "; " + NOTHING_CHANGED);
            return NeedleCommand.MACHINE;
        }
        LOG.error("Command failed", ex);
        String message = ownWords(ex) ? ex.getMessage() : "an unexpected failure stopped the command; " + whereTheLogIs();
        cmd.getErr().println("needle: " + oneLine(message));
        return cmd.getCommandSpec().exitCodeOnExecutionException();
    }

    /**
     * Whether a failure's message was written for the user: one of Needle's own exceptions, or a check
     * in Needle's own code. A library's message names its classes and tables ("org.h2.jdbc…: Unique
     * index or primary key violation…"), which says nothing to the user; it goes to the log instead.
     */
    static boolean ownWords(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank() || namesAClass(message)) {
            return false;
        }
        StackTraceElement[] trace = failure.getStackTrace();
        return failure.getClass().getName().startsWith(OWN_CODE)
                || trace.length > 0 && trace[0].getClassName().startsWith(OWN_CODE);
    }

    /** Whether {@code message} names a Java class ("java.io.IOException: …"), as a library's messages do. */
    static boolean namesAClass(String message) {
        return NAMES_A_CLASS.matcher(message).find();
    }

    /**
     * A storage failure's message with what a library said cut off when that names a class ("cannot open
     * the database: General error: \"java.lang.NoClassDefFoundError: …\""): what failed, and where to look.
     */
    private static String ownPart(String message) {
        if (message == null || !namesAClass(message)) {
            return String.valueOf(message);
        }
        int quoted = message.indexOf(": ");
        return (quoted > 0 ? message.substring(0, quoted) : "the database failed") + "; " + whereTheLogIs();
    }

    private static String whereTheLogIs() {
        String file = System.getProperty(FileLogging.LOG_FILE_PROPERTY);
        return file == null ? "the log file has the details" : "the details are in " + file;
    }

    /**
     * A mistyped command word ("contcts", "import vcrd") rather than a stray value: a command with
     * commands of its own (needle, import, sync, log) takes no value of its own to take it.
     */
    private static boolean notACommand(UnmatchedArgumentException unmatched, CommandLine cmd) {
        List<String> words = unmatched.getUnmatched();
        return !cmd.getSubcommands().isEmpty() && cmd.getCommandSpec().positionalParameters().isEmpty()
                && !words.isEmpty() && !words.get(0).startsWith("-");
    }

    /** "'contcts' is not a command; did you mean contacts? `needle --help` lists them", as git says it. */
    private static String notACommandMessage(UnmatchedArgumentException unmatched, CommandLine cmd) {
        String word = unmatched.getUnmatched().get(0);
        List<String> close = unmatched.getSuggestions();
        // picocli's closest first; the next ones are often far ("completion" for "contcts").
        String guess = close.isEmpty() ? "" : "did you mean " + close.get(0) + "? ";
        String what = cmd.getParent() == null ? "a command" : "one of its commands";
        return oneLine("'" + word + "' is not " + what + "; " + guess + "`" + cmd.getCommandSpec().qualifiedName()
                + " --help` lists them");
    }

    /** A word after all the values a command takes ("needle needs open"), not an option picocli does not know. */
    private static boolean aWordTooMany(UnmatchedArgumentException unmatched) {
        List<String> words = unmatched.getUnmatched();
        return !words.isEmpty() && !words.get(0).startsWith("-");
    }

    /** "'b.yaml' was not expected after FORMAT FILE": picocli's "unmatched argument at index 3" says it its own way. */
    private static String aWordTooManyMessage(UnmatchedArgumentException unmatched, CommandLine cmd) {
        List<String> takes = cmd.getCommandSpec().positionalParameters().stream()
                .map(CommandLine.Model.PositionalParamSpec::paramLabel).toList();
        String name = cmd.getCommandSpec().qualifiedName();
        return oneLine("'" + unmatched.getUnmatched().get(0) + "' was not expected"
                + (takes.isEmpty() ? "" : " after " + String.join(" ", takes)) + "; try `" + name + " --help`");
    }

    private static String oneLine(String message) {
        // Messages quote what the user typed and what files hold: cleaned like any other output.
        return Printable.clean(message.strip().replaceAll("\\s*\\R\\s*", " "));
    }
}
