package dev.needle.app;

import dev.needle.domain.Team;
import dev.needle.domain.Teammate;
import java.io.Console;
import java.util.List;
import java.util.Optional;

/**
 * The one question a person starting Needle on a shared database is asked, on the terminal before the
 * full screen starts (as the passphrase is): which teammate they are, by number, or a new name to join.
 * A wrong answer is explained and the question asked again; end of input leaves without an answer.
 */
final class WhoAreYou {
    /** The terminal, line by line; a seam so tests need none. */
    interface Prompt {
        /** One typed line, or empty at end of input. */
        Optional<String> readLine(String prompt);

        void say(String line);

        static Prompt console() {
            return new Prompt() {
                @Override
                public Optional<String> readLine(String prompt) {
                    Console console = System.console();
                    return console == null ? Optional.empty() : Optional.ofNullable(console.readLine("%s", prompt));
                }

                @Override
                public void say(String line) {
                    Console console = System.console();
                    if (console != null) {
                        console.printf("%s%n", line);
                        console.flush();
                    }
                }
            };
        }
    }

    private WhoAreYou() {
    }

    /** The chosen name (a teammate's own spelling when picked), or empty when input ended first. */
    static Optional<String> ask(Team team, Prompt prompt) {
        List<Teammate> members = team.members();
        prompt.say((team.isShared() ? "This database is shared by " : "This database is used by ")
                + Printable.clean(LocalPerson.names(team)) + ". Who are you?");
        for (int i = 0; i < members.size(); i++) {
            prompt.say("  " + (i + 1) + "  " + Printable.clean(members.get(i).name()));
        }
        while (true) {
            Optional<String> line = prompt.readLine("Type a number, or your name to join the team: ");
            if (line.isEmpty()) {
                return Optional.empty();
            }
            String typed = line.get().strip();
            if (typed.matches("\\d{1,6}")) {
                int number = Integer.parseInt(typed);
                if (number >= 1 && number <= members.size()) {
                    return Optional.of(members.get(number - 1).name());
                }
                prompt.say("There is no number " + number + " above; type one from 1 to " + members.size()
                        + ", or your name.");
                continue;
            }
            Optional<String> problem = PersonName.problem(typed);
            if (problem.isPresent()) {
                prompt.say("Not a name: " + problem.get() + ".");
                continue;
            }
            return Optional.of(team.named(typed).map(Teammate::name).orElse(typed));
        }
    }
}
