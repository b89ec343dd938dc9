package dev.needle.app;

import dev.needle.domain.Contact;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code needle query TEXT}: addresses for a mail client, in the format of mutt's {@code query_command}
 * (aerc's {@code address-book-cmd} reads the same): a first line for the status bar, then
 * {@code email<TAB>name<TAB>company} per address; exit 1 when there is none.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Print the addresses of the contacts matching TEXT, for a mail client.",
                "A first line, then one line per address: email, name and company separated by tabs; exits 1 when "
                        + "no address matches.",
                // A line each, so the help never wraps a setting in the middle.
                "In ~/.muttrc:  set query_command = \"needle query %%s\"",
                "In aerc.conf:  address-book-cmd = needle query \"%%s\""},
        footer = {"  needle query ana"})
final class QueryCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words every listed contact must contain "
            + "(in the name, company, role, tags, emails or notes).")
    List<String> words;

    @Override
    public Integer call() {
        return answer(root(), out());
    }

    /**
     * The answer, with the options as set, from {@code root}'s use cases to {@code out}: picocli's run, and
     * {@link ScriptStart}'s without it.
     */
    int answer(NeedleCommand root, PrintWriter out) {
        String text = String.join(" ", words);
        List<String> lines = new ArrayList<>();
        for (Contact c : root.readingUseCases().once().searchContacts().search(text, Integer.MAX_VALUE)) {
            for (String email : c.reach().emails()) {
                lines.add(field(email) + "\t" + field(c.name()) + "\t" + field(c.company()));
            }
        }
        // mutt shows the first line in its status bar and skips it; aerc skips it too.
        out.println(lines.isEmpty() ? "No address in Needle matches " + Printable.clean(text)
                : "Needle: " + lines.size() + (lines.size() == 1 ? " address" : " addresses") + " matching "
                        + Printable.clean(text));
        lines.forEach(out::println);
        out.flush();
        return lines.isEmpty() ? NeedleCommand.BAD_INPUT : NeedleCommand.DONE;
    }

    /** One field of a tab-separated line: cleaned, so no tab or line break from the data can split it. */
    private static String field(String value) {
        return Printable.clean(value).replace('\t', ' ');
    }
}
