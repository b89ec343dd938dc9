package dev.needle.app;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code needle contacts [QUERY] [--json]}: lists contacts, or those matching every word of the query. */
@Command(name = "contacts", mixinStandardHelpOptions = true, footer = {"  needle contacts acme --json"},
        description = "List contacts, or search them (name, company, role, tags, emails, notes).")
final class ContactsCommand extends Subcommand {
    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words every listed contact must contain.")
    String query = "";

    @Option(names = "--json", description = "Print a JSON array (see docs/cli-json.md).")
    boolean json;

    @Override
    public Integer call() {
        List<Contact> found = useCases().searchContacts().search(query, Integer.MAX_VALUE);
        if (json) {
            Map<ContactId, String> mine = useCases().privateNotes().allMine();
            out().println(Json.write(found.stream().map(c -> Views.contact(c, mine)).toList()));
            return NeedleCommand.DONE;
        }
        for (Contact c : found) {
            out().println(String.join("\t", Long.toString(c.id().value()), Printable.clean(c.name()),
                    Printable.clean(c.company()), Printable.clean(c.role()), c.stage().label(),
                    c.nextFollowUp().map(d -> "follow up " + d).orElse("")).stripTrailing());
        }
        return NeedleCommand.DONE;
    }
}
