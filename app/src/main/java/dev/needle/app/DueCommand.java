package dev.needle.app;

import dev.needle.application.port.in.ListDueUseCase;
import dev.needle.domain.Need;
import dev.needle.domain.Namesakes;
import dev.needle.domain.TouchDue;
import dev.needle.domain.Whose;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code needle due [--json] [--within 7d] [--mine]}: who is losing touch, longest overdue first. */
@Command(name = "due", mixinStandardHelpOptions = true, footer = {"  needle due --within 7d", "  needle due --json",
        "  needle due --mine"},
        description = {"List the people you are losing touch with: their keep-in-touch cadence has passed since "
                + "the last interaction of any kind (or, with none logged, since you met them). Longest overdue "
                + "first, with the last interaction, the cadence and the open needs each person can help with.",
                "Set cadences on the contact form (Keep in touch: 6w), in the palette, or in a YAML plan or backup."})
final class DueCommand extends Subcommand {
    @Option(names = "--json", description = "Print a JSON array (see docs/cli-json.md).")
    boolean json;

    @Option(names = "--within", paramLabel = "DAYS", converter = DaysOption.class, defaultValue = "0",
            description = "Also list who comes due within this many days: 7d, 2w or a number of days (default: 0, "
                    + "due today or overdue).")
    int within;

    @Option(names = "--mine", description = "Only the people you own (on a database shared by a team).")
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
        ListDueUseCase.Due due = (mine ? root.useCases() : root.readingUseCasesWithoutSearch()).once().due().due(within);
        // Only --mine needs to know who "me" is; a listing must not join anyone to the team.
        Optional<Whose> whose = mine ? Optional.of(root.useCases().mine().assign().whose())
                : json ? root.useCases().mine().assign().whoseIfKnown() : Optional.empty();
        if (mine) {
            due = new ListDueUseCase.Due(due.today(), due.people().stream()
                    .filter(p -> whose.get().owns(p.touch().contact().id())).toList());
        }
        if (json) {
            out.println(Json.write(due.people().stream()
                    .map(p -> MineViews.withOwner(view(p), p.touch().contact().id(), whose)).toList()));
            return NeedleCommand.DONE;
        }
        if (due.people().isEmpty()) {
            out.println(within == 0 ? "Nobody is due; you are in touch with everyone you set a cadence for."
                    : "Nobody comes due within " + dev.needle.domain.English.count(within, "day") + ".");
            return NeedleCommand.DONE;
        }
        Namesakes names = Namesakes.among(due.people().stream().map(p -> p.touch().contact()).toList());
        for (ListDueUseCase.Person p : due.people()) {
            TouchDue t = p.touch();
            String when = p.daysOverdue() > 0 ? dev.needle.domain.English.count(p.daysOverdue(), "day") + " overdue"
                    : p.daysOverdue() == 0 ? "due today" : "due " + t.dueOn();
            String last = t.last().map(l -> "last " + l.channel().label() + " " + l.on()).orElse("nothing logged");
            String serves = p.serves().isEmpty() ? "" : "  serves: " + p.serves().stream()
                    .map(n -> "\"" + n.title() + "\"").collect(Collectors.joining(", "));
            out.println(Printable.clean(names.nameOf(t.contact()) + "  " + when + "  " + last + "  " + t.cadence().label()
                    + " (" + t.source() + ")" + serves));
        }
        return NeedleCommand.DONE;
    }

    private static Map<String, Object> view(ListDueUseCase.Person p) {
        TouchDue t = p.touch();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", t.contact().id().value());
        v.put("name", t.contact().name());
        v.put("due_on", t.dueOn().toString());
        v.put("days_overdue", p.daysOverdue());
        v.put("cadence", t.cadence().code());
        v.put("cadence_from", t.fromTag().map(tag -> "tag:" + tag.value()).orElse("own"));
        v.put("last_interaction", t.last().map(l -> {
            Map<String, Object> last = new LinkedHashMap<>();
            last.put("date", l.on().toString());
            last.put("channel", Views.word(l.channel()));
            return (Object) last;
        }).orElse(null));
        v.put("serves", p.serves().stream().map(Need::title).toList());
        return v;
    }

    /** Days as people write them on a command line: 7d, 2w, or a bare number of days. */
    static final class DaysOption implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String text = value.strip().toLowerCase(Locale.ROOT);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,4})\\s*([dw]?)").matcher(text);
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a number of days; write e.g. 7d, 2w or 10");
            }
            int n = Integer.parseInt(m.group(1));
            return m.group(2).equals("w") ? n * 7 : n;
        }
    }

}
