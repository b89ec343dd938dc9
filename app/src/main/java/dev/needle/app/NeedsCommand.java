package dev.needle.app;

import dev.needle.domain.Need;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code needle needs [--json]}: the needs in priority order, every status. */
@Command(name = "needs", mixinStandardHelpOptions = true, footer = {"  needle needs --json"},
        description = "List your needs in priority order.")
final class NeedsCommand extends Subcommand {
    @Option(names = "--json", description = "Print a JSON array (see docs/cli-json.md).")
    boolean json;

    @Override
    public Integer call() {
        List<Need> needs = useCases().listNeeds().listNeeds();
        if (json) {
            out().println(Json.write(AuthorFields.needs(needs, useCases().authors())));
            return NeedleCommand.DONE;
        }
        for (Need n : needs) {
            String targets = n.targets().stream().map(Object::toString).collect(Collectors.joining("; "));
            out().println((n.priority() + ". " + Printable.clean(n.title()) + " [" + n.kind().label() + ", "
                    + n.status().label() + "]" + (targets.isEmpty() ? (n.isActive() ? " no target: nobody can match it" : "")
                    : " " + Printable.clean(targets))));
        }
        return NeedleCommand.DONE;
    }
}
