package dev.needle.app;

import picocli.CommandLine.IExitCodeGenerator;

/**
 * A failure the user can act on, told in one line with its exit code and no stack trace: a wrong
 * passphrase, a refused restore, a backup asked of a database Needle cannot back up.
 */
final class NeedleFailure extends RuntimeException implements IExitCodeGenerator {
    private final int exitCode;

    NeedleFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
