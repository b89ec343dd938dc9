package dev.needle.app;

import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code needle team add NAME}: a person joins the team before they first use Needle. */
@Command(name = "add", mixinStandardHelpOptions = true, footer = {"  needle team add \"Bob Martin\""},
        description = {"Add a person to the team by name, so they can be picked (as an assignee, say) before "
                + "they first use Needle; someone of that name (ignoring case) already on the team stays as is.",
                "On a database nobody has joined yet, you join first, as its founder. Exit 1 when NAME is no name."})
final class TeamAddCommand extends Subcommand {
    @Parameters(paramLabel = "NAME", description = "The person's name, as the team will see it.")
    String name;

    @Override
    public Integer call() {
        Optional<String> problem = PersonName.problem(name);
        if (problem.isPresent()) {
            return fail(NeedleCommand.BAD_INPUT, "NAME: " + problem.get());
        }
        var stores = root().stores();
        if (stores.team().team().isEmpty()) {
            // The founder answers for every record older than the team: that is whoever ran Needle until now.
            useCases().team().me();
        }
        Optional<Teammate> known = stores.team().team().named(name);
        if (known.isPresent()) {
            out().println(Printable.clean(known.get().name()) + " is on the team already.");
            return NeedleCommand.DONE;
        }
        Teammate added = stores.team().join(new Teammate(new TeammateId(stores.ids().next()), name.strip(),
                new SystemClock(Clock.system(root().zone())).today()));
        out().println(Printable.clean(added.name()) + " joined the team.");
        return NeedleCommand.DONE;
    }
}
