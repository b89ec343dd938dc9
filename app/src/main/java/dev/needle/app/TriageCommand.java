package dev.needle.app;

import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.Initiator;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Money;
import dev.needle.domain.triage.Reason;
import dev.needle.domain.triage.Verdict;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code needle triage CONTACT [request options] [--record] [--json]}: the verdict on meeting this
 * person. A question changes nothing: it weighs their pending request, or a request described by the
 * options, and stores that request only when told to with {@code --record}.
 */
@Command(name = "triage", mixinStandardHelpOptions = true, description = {"Should you meet this person? Prints the verdict, reasons, cost and a message to send.",
                "Without request options it weighs their pending request, if they have one; otherwise (or with "
                        + "any of --format, --minutes, --travel, --money, --asked-by) the request those options "
                        + "describe. Nothing is stored unless --record is given."},
        footer = {"  needle triage \"Ana Lima\" --format call --minutes 30",
                "  needle triage 10 --format in-person --travel 40 --record --json"})
final class TriageCommand extends Subcommand {
    @Parameters(paramLabel = "CONTACT", description = "A contact id, an email, or a name that fits one contact.")
    String contact;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Words.Channels.class,
            completionCandidates = Words.Channels.class,
            description = "How you would meet: ${COMPLETION-CANDIDATES} (any case; default: coffee).")
    Channel format;

    @Option(names = "--minutes", paramLabel = "MIN", description = "Length of the meeting in minutes "
            + "(default: the usual length for the format).")
    Integer minutes;

    @Option(names = "--travel", paramLabel = "MIN", description = "Travel time in minutes, there and back "
            + "(default: the configured travel time; none for calls, video, email, message).")
    Integer travel;

    @Option(names = "--money", paramLabel = "AMOUNT", converter = MoneyOption.class,
            description = "What it would cost: 12, 4.50 or $4.50 (default: the usual cost for the format).")
    Money money;

    @Option(names = "--asked-by", paramLabel = "WHO", converter = Words.Initiators.class,
            completionCandidates = Words.Initiators.class,
            description = "Who asked for the meeting: ${COMPLETION-CANDIDATES} (default: them).")
    Initiator askedBy;

    @Option(names = "--record", description = "Store the request (the contact moves to meeting-proposed), "
            + "then print its verdict.")
    boolean record;

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
        Long requestId;
        Verdict verdict;
        Optional<MeetingRequest> pending = describesARequest() ? Optional.empty()
                : app.pendingRequests().pendingRequests().stream().filter(r -> r.contact().equals(person.id())).findFirst();
        if (pending.isPresent()) {
            requestId = pending.get().id().value();
            verdict = app.triage().triage(pending.get().id());
        } else if (record) {
            MeetingRequest saved = app.recordMeetingRequest().recordRequest(request(person));
            requestId = saved.id().value();
            verdict = app.triage().triage(saved.id());
        } else {
            requestId = null;
            verdict = app.week().evaluateRequest().evaluate(request(person));
        }
        if (json) {
            out().println(Json.write(AuthorFields.request(Views.verdict(person, requestId, verdict), requestId, app.authors())));
        } else {
            print(person, verdict, requestId);
        }
        return NeedleCommand.DONE;
    }

    /** True when the options describe a request of their own, so any pending one is not what is asked about. */
    private boolean describesARequest() {
        return record || format != null || minutes != null || travel != null || money != null || askedBy != null;
    }

    private RecordMeetingRequestUseCase.Command request(Contact person) {
        return new RecordMeetingRequestUseCase.Command(person.id(), askedBy == null ? Initiator.THEM : askedBy, "",
                format == null ? Channel.COFFEE : format, "", Optional.empty(), Optional.ofNullable(minutes),
                Optional.ofNullable(travel), Optional.ofNullable(money));
    }

    private void print(Contact person, Verdict v, Long requestId) {
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
        out().println(requestId == null ? "Not recorded (add --record to keep this request)."
                : "Request " + requestId + (record ? " recorded." : " (pending)."));
    }
}
