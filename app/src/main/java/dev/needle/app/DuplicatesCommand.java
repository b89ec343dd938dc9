package dev.needle.app;

import dev.needle.application.port.in.MergeDuplicatesUseCase.SuspectedDuplicate;
import dev.needle.domain.ContactId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code needle duplicates [--json]}: pairs of contacts that may be one person; changes nothing. */
@Command(name = "duplicates", mixinStandardHelpOptions = true, footer = {"  needle duplicates --json"},
        description = {"List pairs of contacts that may be one person: the same email, profile URL or phone "
                + "number, or a name a typo or a middle name apart at the same company. Changes nothing; merge a "
                + "pair field by field in the full-screen UI (D on the Contacts screen)."})
final class DuplicatesCommand extends Subcommand {
    @Option(names = "--json", description = "Print a JSON array (see docs/cli-json.md).")
    boolean json;

    @Override
    public Integer call() {
        List<SuspectedDuplicate> pairs = useCases().week().mergeDuplicates().suspectedDuplicates();
        if (json) {
            Map<ContactId, String> mine = useCases().privateNotes().allMine();
            out().println(Json.write(pairs.stream().map(pair -> view(pair, mine)).toList()));
            return NeedleCommand.DONE;
        }
        for (SuspectedDuplicate pair : pairs) {
            out().println(String.join("\t", Long.toString(pair.left().id().value()), Printable.clean(pair.left().name()),
                    Long.toString(pair.right().id().value()), Printable.clean(pair.right().name()),
                    Printable.clean(pair.reason())));
        }
        return NeedleCommand.DONE;
    }

    private static Map<String, Object> view(SuspectedDuplicate pair, Map<ContactId, String> myNotes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("shared", pair.shared().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.put("reason", pair.reason());
        m.put("contacts", List.of(Views.contact(pair.left(), myNotes), Views.contact(pair.right(), myNotes)));
        return m;
    }
}
