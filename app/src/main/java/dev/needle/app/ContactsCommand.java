package dev.needle.app;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Whose;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code needle contacts [QUERY] [--json] [--mine]}: lists contacts, or those matching every word of the query. */
@Command(name = "contacts", mixinStandardHelpOptions = true,
        footer = {"  needle contacts acme --json", "  needle contacts --mine"},
        description = "List contacts, or search them (name, company, role, tags, emails, notes).")
final class ContactsCommand extends Subcommand {
    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words every listed contact must contain.")
    String query = "";

    @Option(names = "--json", description = "Print a JSON array (see docs/cli-json.md).")
    boolean json;

    @Option(names = "--mine", description = "Only the contacts you own (on a database shared by a team).")
    boolean mine;

    @Override
    public Integer call() {
        return answer(root(), out());
    }

    /**
     * The answer, with the options as set, from {@code root}'s use cases to {@code out}: picocli's run, and
     * {@link ScriptStart}'s without it.
     */
    int answer(NeedleCommand root, PrintWriter out) {
        // --mine may make the acting person join the team: a write. Everything else here only reads.
        List<Contact> found = (mine ? root.useCases() : root.readingUseCases()).once().searchContacts().search(query, Integer.MAX_VALUE);
        // Only --mine needs to know who "me" is; a listing must not join anyone to the team.
        Optional<Whose> whose = mine ? Optional.of(root.useCases().mine().assign().whose())
                : json ? root.useCases().mine().assign().whoseIfKnown() : Optional.empty();
        if (mine) {
            found = found.stream().filter(c -> whose.get().owns(c.id())).toList();
        }
        if (json) {
            Map<ContactId, String> myNotes = root.useCases().privateNotes().allMine();
            out.println(Json.write(AuthorFields.contacts(found, root.useCases().authors(), c -> {
                Map<String, Object> view = MineViews.contact(c, whose);
                view.put("private_note", myNotes.get(c.id()));
                return view;
            })));
            return NeedleCommand.DONE;
        }
        for (Contact c : found) {
            out.println(String.join("\t", Long.toString(c.id().value()), Printable.clean(c.name()),
                    Printable.clean(c.company()), Printable.clean(c.role()), c.stage().label(),
                    c.nextFollowUp().map(d -> "follow up " + d).orElse("")).stripTrailing());
        }
        return NeedleCommand.DONE;
    }
}
