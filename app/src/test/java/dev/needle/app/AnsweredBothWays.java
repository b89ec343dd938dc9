package dev.needle.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/**
 * Runs a command line as Main does, by a shorter start of its own or through the whole command line,
 * so a test can check that the shorter way answers exactly as the whole one does.
 */
final class AnsweredBothWays {
    private AnsweredBothWays() {
    }

    /** What a run answered: its exit code and what it wrote to each stream. */
    record Outcome(int exit, String out, String err) {
    }

    /** A shorter start: runs {@code args}, or is empty when it leaves them to the whole command line. */
    interface ShortWay {
        Optional<Integer> run(NeedleCommand command, String[] args, PrintWriter out, UnaryOperator<CommandLine> onConsole);
    }

    /** Runs {@code args} in {@code env}: the short way when one is given and takes them, else the whole command line. */
    static Outcome run(Map<String, String> env, Optional<ShortWay> shortWay, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        NeedleCommand command = new NeedleCommand(() -> false, env);
        UnaryOperator<CommandLine> onConsole = line -> {
            line.setOut(new PrintWriter(out, true));
            line.setErr(new PrintWriter(err, true));
            return line;
        };
        command.buildCommandLineWith(whole -> onConsole.apply(NeedleCommand.commandLine(whole)));
        Optional<Integer> answered = shortWay.flatMap(way -> way.run(command, args, new PrintWriter(out, true), onConsole));
        int exit = answered.orElseGet(() -> onConsole.apply(NeedleCommand.commandLine(command)).execute(args));
        try {
            command.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new Outcome(exit, out.toString(), err.toString());
    }
}
