package dev.needle.app;

import dev.needle.domain.Team;
import dev.needle.domain.Teammate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code needle team [--json]}: the people sharing this database, oldest first; {@code team add NAME} adds one. */
@Command(name = "team", mixinStandardHelpOptions = true, footer = {"  needle team", "  needle team add \"Bob Martin\""},
        description = {"List the people sharing this database, oldest first: the first is its founder, who answers "
                + "for records older than the team. \"you\" marks who this run acts as (--me, NEEDLE_ME, me: in "
                + "config.yaml, or the teammate named like your system account).",
                "People join by using Needle (an SSH key under needle serve, or the question a shared database asks "
                        + "at the first start) or with `needle team add NAME`. Changes nothing."},
        subcommands = {TeamAddCommand.class})
final class TeamCommand extends Subcommand {
    @Option(names = "--json", description = "Print a JSON array (see docs/cli-json.md).")
    boolean json;

    @Override
    public Integer call() {
        root().useCases();
        Team team = root().stores().team().team();
        Optional<Teammate> you = root().person().known();
        if (json) {
            out().println(Json.write(team.members().stream().map(person -> view(team, person, you)).toList()));
            return NeedleCommand.DONE;
        }
        if (team.isEmpty()) {
            out().println("Nobody has joined yet: the first person to use this database becomes its founder.");
            return NeedleCommand.DONE;
        }
        for (Teammate person : team.members()) {
            String marks = (team.founder().filter(person::equals).isPresent() ? "  founder" : "")
                    + (you.filter(person::equals).isPresent() ? "  you" : "");
            out().println(Printable.clean(person.name()) + "\tjoined " + person.joinedOn() + marks);
        }
        return NeedleCommand.DONE;
    }

    private static Map<String, Object> view(Team team, Teammate person, Optional<Teammate> you) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", person.name());
        m.put("joined", person.joinedOn().toString());
        m.put("founder", team.founder().filter(person::equals).isPresent());
        m.put("you", you.filter(person::equals).isPresent());
        return m;
    }
}
