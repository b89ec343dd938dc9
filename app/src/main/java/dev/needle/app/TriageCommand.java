package dev.needle.app;

import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.triage.Reason;
import dev.needle.domain.triage.Verdict;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code needle triage CONTACT [--json]}: the verdict on meeting this person. Uses their pending
 * request, or records one (in the chosen format) when there is none, so the decision has a record.
 */
@Command(name = "triage", description = "Should you meet this person? Prints the verdict, reasons, cost and a message.")
final class TriageCommand extends Subcommand {
    @Parameters(paramLabel = "CONTACT", description = "A contact id, an email, or a name that fits one contact.")
    String contact;

    @Option(names = "--format", paramLabel = "CHANNEL", defaultValue = "COFFEE",
            description = "Format of a newly recorded request: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Channel format;

    @Option(names = "--json", description = "Print a JSON object (see docs/cli-json.md).")
    boolean json;

    @Override
    public Integer call() {
        UseCases app = useCases();
        ContactResolver.Resolution found = new ContactResolver(app).resolve(contact);
        if (!found.found()) {
            return found.candidates().isEmpty()
                    ? fail(NeedleCommand.BAD_INPUT, "no contact matches \"" + contact + "\"")
                    : fail(NeedleCommand.BAD_INPUT, "\"" + contact + "\" fits " + found.candidates().size()
                            + " contacts: " + found.candidates().stream().map(c -> c.id() + " " + c.name())
                            .collect(Collectors.joining(", ")) + "; give the id or the email");
        }
        Contact person = found.contact();
        MeetingRequest request = app.pendingRequests().pendingRequests().stream()
                .filter(r -> r.contact().equals(person.id())).findFirst()
                .orElseGet(() -> app.recordMeetingRequest().recordRequest(
                        RecordMeetingRequestUseCase.Command.from(person.id(), "", format)));
        Verdict verdict = app.triage().triage(request.id());
        if (json) {
            out().println(Json.write(Views.verdict(person, request.id().value(), verdict)));
        } else {
            print(person, verdict);
        }
        return NeedleCommand.DONE;
    }

    private void print(Contact person, Verdict v) {
        out().println(Printable.clean(person.name()) + ": " + v.headline() + " (fit " + v.fit() + "/100)");
        out().println("Reasons:");
        for (Reason reason : v.reasons()) {
            out().println("  - " + Printable.clean(reason.text()));
        }
        out().println("Cost: " + v.cost().minutes() + " min + " + v.cost().travelMinutes() + " min travel, "
                + v.cost().money());
        v.channel().ifPresent(c -> out().println("Propose: " + c.label()));
        out().println("Message:");
        out().println(Printable.block(v.suggestedMessage(), "  "));
    }
}
