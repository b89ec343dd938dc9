package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Effect;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Screen;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.adapter.tui.text.SafeText;
import dev.needle.application.NotFoundException;
import dev.needle.domain.RecordKind;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Schedule;
import dev.needle.domain.TimeInput;
import dev.needle.domain.TypedMinutes;
import dev.needle.domain.TravelNote;
import dev.needle.domain.triage.Reason;
import dev.needle.domain.triage.Recommendation;
import dev.needle.domain.triage.Verdict;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The verdict on a meeting request, big and plain, then its reasons, the cost against what is left
 * of the budget, and the suggested message; a/c/h/x answer the request, and the message used is
 * copied to the clipboard.
 */
public record TriageView(Contact contact, MeetingRequest request, Verdict verdict, Optional<BudgetStatus> budget,
                         String authors)
        implements View {

    /** For a row that names the person only (Today's): the contact is read now, whole. */
    static TriageView load(ContactId contact, MeetingRequest request, Session session) {
        return load(session.useCases().viewContact().contact(contact), request, session);
    }

    static TriageView load(Contact contact, MeetingRequest request, Session session) {
        Verdict verdict = session.useCases().triage().triage(request.id());
        return new TriageView(contact, request, verdict, weighedBudget(request, session),
                AuthorsLine.of(session, RecordKind.MEETING_REQUEST, request.id().value()));
    }

    /** The budget of the week the request proposes, as the verdict weighed it; this week's when it names no day. */
    private static Optional<BudgetStatus> weighedBudget(MeetingRequest request, Session session) {
        return request.proposedAt().isPresent()
                ? session.useCases().budgetStatus().budgetStatusOn(request.proposedAt().get().toLocalDate())
                : session.useCases().budgetStatus().budgetStatus();
    }

    @Override
    public String name() {
        return "Triage";
    }

    @Override
    public List<Binding> bindings() {
        boolean open = request.isPending() || request.status() == dev.needle.domain.RequestStatus.COUNTERED;
        return List.of(Binding.on("a", "accept", this::act).when(open), Binding.on("c", "counter", this::act).when(open),
                Binding.on("h", verdict.isCandidate() ? "candidate: interview" : "help them", this::act).when(open),
                Binding.on("x", "decline kindly", this::act).when(open),
                Binding.on("y", "copy message", this::act));
    }

    private Step act(Key key, Session session) {
        if (key.is('y')) {
            return Step.stay(this).say("Message copied to the clipboard.").with(new Effect.Copy(message()));
        }
        if (key.is('a')) {
            return Step.open(scheduleForm());
        }
        if (key.is('c')) {
            return Step.open(counterForm());
        }
        if (key.is('h')) {
            String message = messageFor(Recommendation.HELP_THEM, verdict.channel().orElse(Channel.CALL), session);
            Undo.Before before = Undo.before(session, contact.id());
            var helped = session.useCases().offerHelp().offerHelp(request.id(), message);
            if (verdict.isCandidate()) {
                // A candidate is a lead for your own need: the follow-up is to set up the interview.
                before.record(session, "interview proposed to " + contact.name());
                return Step.stay(refreshed(session)).say(contact.firstName() + " is a candidate"
                        + helped.followUp().map(on -> ": interview follow-up on " + on).orElse("")
                        + ". Message copied.").with(new Effect.Copy(message));
            }
            before.record(session, "help offered to " + contact.name());
            return Step.stay(refreshed(session)).say("Recorded: you will help " + contact.firstName()
                    + helped.followUp().map(on -> "; follow up on " + on).orElse("") + ". Message copied.")
                    .with(new Effect.Copy(message));
        }
        if (key.is('x')) {
            String message = messageFor(Recommendation.DECLINE_KINDLY, Channel.EMAIL, session);
            return Step.stay(this).ask("Decline kindly and close " + contact.name() + "? y/N", s -> {
                Undo.Before before = Undo.before(s, contact.id());
                s.useCases().declineMeeting().decline(request.id(), message);
                before.record(s, "decline of " + contact.name());
                return Step.stay(refreshed(s)).say("Declined kindly. Message copied.").with(new Effect.Copy(message));
            });
        }
        return Step.unhandled();
    }

    /** The message sent: the verdict's own when the answer follows it, else the default for that answer. */
    String message() {
        return request.message().isEmpty() ? verdict.suggestedMessage() : request.message();
    }

    /** Written from the same case as the verdict, so another answer keeps its honesty (no invented reason). */
    private String messageFor(Recommendation answer, Channel channel, Session session) {
        return verdict.draft(answer, channel, session.templates());
    }

    /** The form a opens: when, where and how to meet, and what it costs. */
    FormView scheduleForm() {
        LocalDateTime proposed = request.proposedAt().orElse(request.requestedOn().plusDays(1).atTime(12, 0));
        List<Field> fields = List.of(
                Field.date("date", "Date", java.util.Optional.of(proposed.toLocalDate())).suggested(),
                Field.time("time", "Time", proposed.toLocalTime().toString(), Field.Reads.TIME, TriageView::time).suggested(),
                Field.text("place", "Place", request.place(), null),
                TriageFlow.channelChoice("format", "Format", TriageFlow.CHANNELS, request.format().label()),
                Field.text("minutes", "Minutes", Integer.toString(Math.max(1, request.estimate().minutes())),
                        TriageView::minutes).suggested(),
                Field.text("travel", "Travel min", Integer.toString(travelGuess()), TriageView::travel, "travel minutes")
                        .suggested(),
                Field.text("money", "Cost", request.estimate().money().toString(), Amounts::parse).suggested());
        String what = verdict.isCandidate() ? "the interview" : "the meeting";
        return FormView.of("Accept", "Schedule " + what + " with " + contact.name()
                + ". Travel: minutes there and back; cost: coffee, gas, tickets.", fields, (v, s) -> {
            Schedule schedule = new Schedule(ContactForms.date(v.get("date"), s).orElseThrow(() ->
                    new InvalidValueException("date", "A meeting needs a date.")).atTime(time(v.get("time"))),
                    v.get("place"), TriageFlow.channel(v.get("format")), minutes(v.get("minutes")));
            CostEstimate cost = new CostEstimate(schedule.minutes(), travel(v.get("travel")), Amounts.parse(v.get("money")));
            String message = verdict.draftFor(schedule, s.templates());
            Undo.Before before = Undo.before(s, contact.id());
            s.useCases().acceptMeeting().accept(request.id(), schedule, cost, message);
            before.record(s, "meeting accepted with " + contact.name());
            return Step.back().say((verdict.isCandidate() ? "Interview scheduled for " : "Scheduled for ")
                    + schedule.at().toLocalDate() + ". Message copied.").with(new Effect.Copy(message));
        }).about(Drafted.about(Drafted.ACCEPT, contact, request));
    }

    /** The travel already estimated, else what the place notes ("25 min drive": 50 there and back). */
    private int travelGuess() {
        int estimated = request.estimate().travelMinutes();
        return estimated > 0 || !request.format().isFaceToFace() ? estimated
                : TravelNote.thereAndBack(request.place()).orElse(0);
    }

    private static int travel(String text) {
        int minutes = dev.needle.domain.TravelMinutes.inField("travel minutes", text);
        if (minutes < 0 || minutes > 24 * 60) {
            throw new InvalidValueException("travel minutes", "Travel takes 0 to 1440 minutes, there and back.");
        }
        return minutes;
    }

    /** The form c opens: the cheaper way to offer instead. */
    FormView counterForm() {
        List<String> cheaper = List.of(Channel.CALL.label(), Channel.VIDEO.label(), Channel.EMAIL.label(),
                Channel.MESSAGE.label());
        String suggested = verdict.channel().filter(c -> !c.isFaceToFace()).orElse(Channel.CALL).label();
        return FormView.of("Counter", "Offer " + contact.firstName() + " something cheaper than meeting in person.",
                List.of(TriageFlow.channelChoice("channel", "Instead", cheaper, suggested)), (v, s) -> {
                    Channel channel = TriageFlow.channel(v.get("channel"));
                    String message = messageFor(Recommendation.TARGETED_ALTERNATIVE, channel, s);
                    Undo.Before before = Undo.before(s, contact.id());
                    s.useCases().counterMeeting().counter(request.id(), channel, message);
                    before.record(s, "alternative offered to " + contact.name());
                    return Step.back().say("Offered a " + channel.label() + ". Message copied.")
                            .with(new Effect.Copy(message));
                }).savingOnEnter().about(Drafted.about(Drafted.COUNTER, contact, request));
    }

    static LocalTime time(String text) {
        return TimeInput.parse(text).orElseThrow(() -> new InvalidValueException("time", "\"" + text.strip()
                + "\" is not a time; " + TimeInput.HELP + "."));
    }

    private static int minutes(String text) {
        int minutes = TypedMinutes.inField("minutes", text);
        if (minutes < 1 || minutes > 24 * 60) {
            throw new InvalidValueException("minutes", "A meeting lasts 1 to 1440 minutes.");
        }
        return minutes;
    }

    @Override
    public View refreshed(Session session) {
        Optional<MeetingRequest> fresh;
        try {
            fresh = session.useCases().viewContact().viewContact(contact.id()).requests().stream()
                    .filter(r -> r.id().equals(request.id())).findFirst();
        } catch (NotFoundException gone) {
            fresh = Optional.empty();
        }
        if (fresh.isEmpty()) {
            return new GoneView(name(), "The meeting request from " + contact.name()
                    + " is gone: undone, or deleted in another session.");
        }
        // Weighed again: an accepted meeting's own length, travel and cost replace the first estimate.
        return new TriageView(contact, fresh.get(), session.useCases().triage().triage(request.id()),
                weighedBudget(fresh.get(), session), AuthorsLine.of(session, RecordKind.MEETING_REQUEST, request.id().value()));
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> lines = new ArrayList<>();
        // Nothing typed: the format is what they ask for ("asks for a coffee"), not "asks: coffee (coffee)".
        Optional<String> when = request.proposedAt().map(dev.needle.domain.English::dayAndTime);
        String asked = request.ask().isEmpty() ? " for " + request.format().withArticle() + when.map(w -> " on " + w).orElse("")
                : ": " + request.ask() + " (" + request.format().label() + when.map(w -> ", " + w).orElse("") + ")";
        // Wrapped, never cut: the day they proposed comes last, after however long an ask.
        for (String part : SafeText.wrap(request.initiator() == dev.needle.domain.Initiator.ME ? "You ask " + contact.name()
                + asked : contact.name() + " asks" + asked, Math.max(10, width))) {
            lines.add(Line.of(part, Style.DIM));
        }
        AuthorsLine.add(lines, authors, width);
        lines.add(Line.blank());
        String advice = "fit " + verdict.fit() + "/100" + verdict.channel().map(c -> " · propose " + c.withArticle()).orElse("");
        if (request.status().isDecided()) {
            // What the user decided heads the screen; the advice, weighed again on what was scheduled, may
            // now disagree with it ("too far") and is told as advice, under it.
            boolean interview = verdict.isCandidate() && request.status() == dev.needle.domain.RequestStatus.HELPING;
            String on = request.schedule().map(at -> ", " + dev.needle.domain.English.dayAndTime(at.at())).orElse("");
            for (String part : SafeText.wrap("Decided: " + (interview ? "candidate, interview to set up" : decision() + on),
                    Math.max(10, width - 4))) {
                lines.add(Line.of("  " + part + "  ", Style.HEADLINE));
            }
            lines.add(Line.of("Needle's advice: " + verdict.headline().toLowerCase(Locale.ROOT) + " · " + advice, Style.HINT));
        } else {
            lines.add(Line.of("  " + verdict.headline().toUpperCase(Locale.ROOT) + "  ", Style.HEADLINE));
            lines.add(Line.of(advice));
        }
        lines.add(Line.blank());
        lines.add(Line.of("Why", Style.LABEL));
        for (Reason reason : verdict.reasons()) {
            // Wrapped, never cut: the end of a reason is often its point ("an interview, not a favor").
            List<String> parts = SafeText.wrap(reason.text(), Math.max(10, width - 2));
            for (int i = 0; i < parts.size(); i++) {
                lines.add(Line.of((i == 0 ? "• " : "  ") + parts.get(i)));
            }
        }
        lines.add(Line.blank());
        // The cost weighed is the request's; when a cheaper channel is proposed, say whose cost it is.
        boolean cheaper = verdict.channel().map(c -> !c.isFaceToFace()).orElse(false) && request.format().isFaceToFace()
                && request.schedule().isEmpty();
        // The request's own estimate: what accepting entered replaces what was guessed at triage.
        for (String part : SafeText.wrap((cheaper ? "Cost if you met in person: " : "Cost: ") + cost(request.estimate())
                + " · " + budgetLeft(), Math.max(10, width))) {
            lines.add(Line.of(part));
        }
        lines.add(Line.blank());
        lines.add(Line.of("Message", Style.LABEL));
        for (String text : SafeText.wrap(message(), Math.max(10, width - 2))) {
            lines.add(Line.of("  " + text));
        }
        return Rows.compact(lines, height);
    }

    /** What was decided; a counter-offer names what it offered instead of what, and the day it kept. */
    private String decision() {
        return request.alternative().map(c -> c.label() + " offered instead of " + request.format().withArticle()
                + request.proposedAt().map(at -> " on " + dev.needle.domain.English.dayAndTime(at)).orElse(""))
                .orElse(request.status() == dev.needle.domain.RequestStatus.HELD ? "scheduled and held"
                        : request.status().label());
    }

    private static String cost(CostEstimate cost) {
        return cost.minutes() + " min + " + cost.travelMinutes() + " min travel, " + cost.money();
    }

    private String budgetLeft() {
        return budget.map(b -> BudgetStatus.hoursAtMost(b.minutesLeft()) + " h left " + b.week() + ", " + b.moneyLeft()
                        + " left " + b.month())
                .orElse("no budget set: set one on " + Screen.BUDGET.reference());
    }
}
