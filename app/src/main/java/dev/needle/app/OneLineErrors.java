package dev.needle.app;

import dev.needle.application.StorageFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

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

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("needle: " + oneLine(ex.getMessage()) + "; try `needle --help`");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
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
            cmd.getErr().println("needle: " + oneLine(storage.getMessage()) + "; " + NOTHING_CHANGED);
            return NeedleCommand.MACHINE;
        }
        LOG.error("Command failed", ex);
        // An unexpected failure's message may be a library's (or none at all): the details go to the log.
        String message = ex.getMessage() == null || ex.getMessage().isBlank()
                ? "an unexpected failure stopped the command; the log file has the details" : ex.getMessage();
        cmd.getErr().println("needle: " + oneLine(message));
        return cmd.getCommandSpec().exitCodeOnExecutionException();
    }

    private static String oneLine(String message) {
        // Messages quote what the user typed and what files hold: cleaned like any other output.
        return Printable.clean(message.strip().replaceAll("\\s*\\R\\s*", " "));
    }
}
