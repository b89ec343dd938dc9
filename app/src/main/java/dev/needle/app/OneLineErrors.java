package dev.needle.app;

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
        LOG.error("Command failed", ex);
        cmd.getErr().println("needle: " + oneLine(String.valueOf(ex.getMessage())));
        return cmd.getCommandSpec().exitCodeOnExecutionException();
    }

    private static String oneLine(String message) {
        // Messages quote what the user typed and what files hold: cleaned like any other output.
        return Printable.clean(message.strip().replaceAll("\\s*\\R\\s*", " "));
    }
}
