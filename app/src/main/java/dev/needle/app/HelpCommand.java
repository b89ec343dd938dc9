package dev.needle.app;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code needle help [COMMAND [SUBCOMMAND]]}: the same help as {@code --help} on that command. Picocli's
 * own help command looks one level down only, so {@code needle help import yaml} showed the group.
 */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true,
        description = "Show the help of a command or subcommand (the same as COMMAND --help); "
                + "without one, the help of needle itself.",
        footer = {"  needle help import yaml"})
final class HelpCommand extends Subcommand {
    @Parameters(arity = "0..*", paramLabel = "COMMAND", description = "The command, and the subcommand if it has them.")
    List<String> names = List.of();

    @Override
    public Integer call() {
        CommandLine line = spec.parent().commandLine();
        for (String name : names) {
            CommandLine sub = line.getSubcommands().get(name);
            if (sub == null) {
                throw new ParameterException(spec.commandLine(), "no command \"" + name + "\" in `"
                        + line.getCommandSpec().qualifiedName() + "`; see `" + line.getCommandSpec().qualifiedName()
                        + " --help`");
            }
            line = sub;
        }
        line.usage(out());
        return NeedleCommand.DONE;
    }
}
