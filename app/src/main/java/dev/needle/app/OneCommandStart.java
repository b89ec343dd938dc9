package dev.needle.app;

import dev.needle.adapter.tui.StartUpTimeline;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * A command run with picocli's model of that one command (and its own subcommands) under the top one,
 * instead of the model of every command, which costs a script's start most of its command line. Whenever
 * the answer could depend on the other commands — a usage error (its message, a suggestion), help, an
 * unknown or tree-walking command ({@code help}, {@code completion}), an {@code @file} — the whole model is
 * built and runs the arguments from the start, before anything has run, so every message and exit code
 * is the one the whole model gives.
 */
final class OneCommandStart {
    /** Options of the top command that take a value; a value naming a command is left to the whole model. */
    private static final Set<String> GLOBAL_OPTIONS = Set.of("--db", "--config", "--data-dir", "--me");
    /** Commands that read the whole tree. */
    private static final Set<String> WHOLE_TREE = Set.of("help", "completion");

    private final List<Class<?>> subcommands;

    private OneCommandStart(List<Class<?>> subcommands) {
        this.subcommands = subcommands;
    }

    /**
     * The start {@code args} allow: the command they name (none for {@code --version}) with its model
     * alone; empty when only the whole model can tell (no command, an unknown one, an {@code @file}).
     */
    static Optional<OneCommandStart> of(String[] args) {
        int i = 0;
        while (i < args.length && GLOBAL_OPTIONS.contains(optionName(args[i]))) {
            String value = args[i].contains("=") ? args[i].substring(args[i].indexOf('=') + 1) : null;
            if (value == null) {
                if (i + 1 == args.length) {
                    return Optional.empty();
                }
                value = args[++i];
            }
            // The names written out: reading them from every command's annotation cost a start ~20 ms.
            if (value.startsWith("-") || FullScreenStart.COMMAND_NAMES.contains(value)) {
                return Optional.empty(); // picocli would weigh it against the commands it knows
            }
            i++;
        }
        for (String arg : args) {
            if (arg.startsWith("@")) {
                return Optional.empty(); // an argument file could hold anything
            }
        }
        if (i == args.length) {
            return Optional.empty();
        }
        if (args[i].equals("--version") || args[i].equals("-V")) {
            return Optional.of(new OneCommandStart(List.of()));
        }
        return subcommand(args[i]).filter(sub -> !WHOLE_TREE.contains(sub.getAnnotation(Command.class).name()))
                .map(sub -> new OneCommandStart(List.of(sub)));
    }

    /**
     * Runs {@code args} on {@code command}: parsed by the small model, then run by it, unless the parse
     * fails or asks for help; then {@code wholeModel} builds the model of every command and runs them.
     * {@code onConsole} points a built command line at the console.
     */
    int run(NeedleCommand command, String[] args, UnaryOperator<CommandLine> onConsole) {
        CommandLine small = onConsole.apply(NeedleCommand.commandLine(command, subcommands));
        StartUpTimeline.mark("command line built");
        Handover handover = new Handover(small.getParameterExceptionHandler(), small.getExecutionStrategy());
        small.setParameterExceptionHandler(handover).setExecutionStrategy(handover);
        int exitCode = small.execute(args);
        if (!handover.needed) {
            return exitCode;
        }
        return onConsole.apply(NeedleCommand.commandLine(command)).execute(args);
    }

    /** Hands the run over to the whole model when the small one cannot tell it as the whole would. */
    private static final class Handover implements IParameterExceptionHandler, IExecutionStrategy {
        private final IParameterExceptionHandler errors;
        private final IExecutionStrategy execution;
        private boolean parsed;
        private boolean needed;

        Handover(IParameterExceptionHandler errors, IExecutionStrategy execution) {
            this.errors = errors;
            this.execution = execution;
        }

        @Override
        public int handleParseException(ParameterException ex, String[] args) throws Exception {
            if (parsed) {
                return errors.handleParseException(ex, args); // refused while running (a broken config file)
            }
            needed = true;
            return NeedleCommand.USAGE;
        }

        @Override
        public int execute(ParseResult parseResult) throws CommandLine.ExecutionException, ParameterException {
            for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
                if (level.isUsageHelpRequested()) {
                    needed = true;
                    return NeedleCommand.USAGE;
                }
            }
            parsed = true;
            return execution.execute(parseResult);
        }
    }

    private static String optionName(String arg) {
        int equals = arg.indexOf('=');
        return equals > 0 ? arg.substring(0, equals) : arg;
    }

    private static Optional<Class<?>> subcommand(String name) {
        for (Class<?> sub : NeedleCommand.SUBCOMMANDS) {
            Command command = sub.getAnnotation(Command.class);
            if (command.name().equals(name) || List.of(command.aliases()).contains(name)) {
                return Optional.of(sub);
            }
        }
        return Optional.empty();
    }
}
