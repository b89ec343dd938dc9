package dev.needle.app;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Helpers the subcommands share. */
final class Commands {
    private Commands() {
    }

    /** The top {@code needle} command, which holds the global options and the opened database. */
    static NeedleCommand root(CommandSpec spec) {
        CommandLine line = spec.commandLine();
        while (line.getParent() != null) {
            line = line.getParent();
        }
        return line.getCommand();
    }
}
