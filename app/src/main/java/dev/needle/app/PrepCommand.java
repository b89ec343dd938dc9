package dev.needle.app;

import dev.needle.domain.Event;
import dev.needle.domain.SearchText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code needle prep EVENT [-o FILE]}: an event's prep sheet as Markdown, on stdout or in a file. */
@Command(name = "prep", mixinStandardHelpOptions = true, footer = {"  needle prep \"Design meetup\" -o prep.md"},
        description = "Write the prep sheet of an event (id or unique name) as Markdown.")
final class PrepCommand extends Subcommand {
    @Parameters(paramLabel = "EVENT", description = "The event's id, or its name (or a unique part of it).")
    String event;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (default: stdout).")
    Path output;

    @Override
    public Integer call() throws IOException {
        List<Event> matches = find(useCases().planEvent().listEvents(), event);
        if (matches.size() != 1) {
            String which = matches.isEmpty() ? "no event matches \"" + event + "\""
                    : "\"" + event + "\" matches several events: " + String.join(", ",
                    matches.stream().map(e -> e.id().value() + " " + e.name() + " (" + e.date() + ")").toList());
            return fail(NeedleCommand.BAD_INPUT, which);
        }
        String markdown = useCases().week().exportPrepSheet().markdown(matches.get(0).id());
        if (output == null) {
            out().print(markdown);
            out().flush();
            return NeedleCommand.DONE;
        }
        Path target = output.toAbsolutePath();
        Path folder = target.getParent();
        if (Files.isDirectory(target) || folder == null || !Files.isDirectory(folder)) {
            return fail(NeedleCommand.USAGE, "cannot write " + output + ": give a file in an existing folder");
        }
        Files.writeString(target, markdown, StandardCharsets.UTF_8);
        return NeedleCommand.DONE;
    }

    /** By id; else the one whose name is exactly this; else those whose name contains it. */
    static List<Event> find(List<Event> events, String given) {
        String text = given.strip();
        if (text.matches("\\d{1,18}")) {
            List<Event> byId = events.stream().filter(e -> e.id().value() == Long.parseLong(text)).toList();
            if (!byId.isEmpty()) {
                return byId;
            }
        }
        String folded = SearchText.fold(text);
        List<Event> exact = events.stream().filter(e -> SearchText.fold(e.name()).equals(folded)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return events.stream().filter(e -> SearchText.fold(e.name()).contains(folded)).toList();
    }
}
