package dev.needle.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the root command's use cases, its output streams, one-line errors. */
abstract class Subcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The use cases over the chosen database, shared by every subcommand of this run. */
    UseCases useCases() {
        return root().useCases();
    }

    /** The same for a run that writes nothing and ends in moments: the database may be opened read-only. */
    UseCases readingUseCases() {
        return root().readingUseCases();
    }

    NeedleCommand root() {
        return (NeedleCommand) spec.root().userObject();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Prints the problem on stderr, one line, and returns the exit code to end with. */
    int fail(int exitCode, String problem) {
        spec.commandLine().getErr().println(spec.qualifiedName() + ": " + Printable.clean(problem));
        return exitCode;
    }
}
