package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.application.port.in.LogInteractionUseCase;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.English;
import dev.needle.domain.ExpenseKind;
import dev.needle.domain.Expenses;
import dev.needle.domain.DateInput;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.RequestStatus;
import dev.needle.domain.Schedule;
import dev.needle.domain.TypedMinutes;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Logs a touchpoint from a contact's page: channel, minutes, travel, money by kind, notes, and the
 * needs it advanced, named by their number in the needs list ("1, 3").
 */
final class InteractionForm {
    private static final java.time.format.DateTimeFormatter MONTH_DAY =
            java.time.format.DateTimeFormatter.ofPattern("MMMM d", java.util.Locale.ENGLISH);

    private InteractionForm() {
    }

    /**
     * Logging a meeting that was scheduled starts from what was entered when it was accepted (format,
     * minutes, travel, cost), so the budget counts the travel and money set there; saving it marks the
     * meeting held, so that money is counted once, as spent, and no longer as booked.
     */
    static FormView of(Contact contact, Optional<MeetingRequest> candidate, LocalDate today) {
        Optional<MeetingRequest> scheduled = candidate.filter(r -> r.isHeldOn(startingDay(r, today)));
        Optional<Schedule> at = scheduled.flatMap(MeetingRequest::schedule);
        Optional<CostEstimate> cost = scheduled.filter(r -> r.schedule().isPresent()).map(MeetingRequest::estimate);
        String channel = at.map(a -> a.format().label()).orElse("coffee");
        String money = cost.filter(c -> c.money().cents() > 0).map(c -> c.money().toString()).orElse("");
        boolean coffee = at.map(a -> a.format() == Channel.COFFEE).orElse(false);
        List<Field> fields = List.of(
                Field.dayGone("date", "Date", scheduled.map(r -> startingDay(r, today)).orElse(today), today).suggested(),
                TriageFlow.channelChoice("channel", "Channel", TriageFlow.CHANNELS, channel),
                Field.text("minutes", "Minutes", at.map(a -> Integer.toString(a.minutes())).orElse("30"),
                        v -> number("minutes", v)).suggested(),
                Field.text("travel", "Travel minutes", cost.map(c -> Integer.toString(c.travelMinutes())).orElse("0"),
                        InteractionForm::travel, "travel minutes").suggested(),
                Field.text("gas", "Gas", "", Amounts::parse, "gas money"),
                Field.text("coffee", "Coffee", coffee ? money : "", Amounts::parse, "coffee money"),
                Field.text("other", "Other money", coffee ? "" : money, Amounts::parse, "other money", "money"),
                Field.text("notes", "Notes", "", null),
                Field.text("needs", "Needs advanced", "", v -> places(v)));
        String from = at.map(a -> " From the meeting set for " + a.at().toLocalDate() + ".").orElse("");
        return FormView.of("Log interaction", "With " + contact.name() + ". Needs advanced by number: 1, 3." + from,
                fields, (v, s) -> save(contact, scheduled, v, s)).about(Drafted.about(Drafted.LOG, contact));
    }

    /** A meeting set for a day gone by was held that day; one still to come is logged as today's. */
    private static LocalDate startingDay(MeetingRequest meeting, LocalDate today) {
        LocalDate on = meeting.schedule().orElseThrow().at().toLocalDate();
        return on.isAfter(today) ? today : on;
    }

    /**
     * The scheduled meeting to log: the latest one set with this person and not logged yet, if any. One
     * already held was counted by its log; starting from it again would count its money twice.
     */
    static Optional<MeetingRequest> lastScheduled(List<MeetingRequest> requests) {
        return requests.stream().filter(r -> r.status() == RequestStatus.SCHEDULED)
                .max(java.util.Comparator.comparing(r -> r.schedule().orElseThrow().at()));
    }

    private static Step save(Contact contact, Optional<MeetingRequest> meeting, Map<String, String> v, Session session) {
        Expenses expenses = new Expenses(Map.of(ExpenseKind.GAS, Amounts.parse(v.get("gas")),
                ExpenseKind.COFFEE, Amounts.parse(v.get("coffee")), ExpenseKind.OTHER, Amounts.parse(v.get("other"))));
        List<Need> needs = session.useCases().listNeeds().listNeeds();
        Set<NeedId> advanced = new HashSet<>();
        for (int place : places(v.get("needs"))) {
            if (place > needs.size()) {
                throw new InvalidValueException("needs", "There is no need " + place + "; the list has " + needs.size() + ".");
            }
            advanced.add(needs.get(place - 1).id());
        }
        Undo.Before before = Undo.before(session, contact.id());
        LocalDate today = session.useCases().week().today().date();
        Channel channel = TriageFlow.channel(v.get("channel"));
        Optional<LocalDate> date = DateInput.parseGone(v.get("date"), today);
        session.useCases().logInteraction().logInteraction(new LogInteractionUseCase.Command(contact.id(),
                date, channel, number("minutes", v.get("minutes")),
                travel(v.get("travel")), expenses, v.get("notes"), advanced, meeting.map(MeetingRequest::id)));
        before.record(session, "logging the " + channel.noun() + " with " + contact.name());
        String logged = "Logged the " + channel.noun() + " with " + contact.name();
        // What became of the meeting, told from the request as it stood just before the save.
        Optional<MeetingRequest> asItWas = meeting.flatMap(m -> before.detail().requests().stream()
                .filter(r -> r.id().equals(m.id())).findFirst());
        return Step.back().say(English.sentence(asItWas.map(m -> English.followedBy(logged,
                heldOrNot(m, date.orElse(today)))).orElse(logged)));
    }

    /** Whether the meeting the log started from is held by it: short enough for the status line. */
    private static String heldOrNot(MeetingRequest meeting, LocalDate logged) {
        String set = "the " + MONTH_DAY.format(meeting.schedule().orElseThrow().at()) + " meeting";
        if (meeting.isHeldOn(logged)) {
            return set + " is marked held";
        }
        // More than a week from it (the rule is on MeetingRequest), or logged meanwhile by another session.
        return set + (meeting.status() == RequestStatus.SCHEDULED ? " stays booked" : " was logged already");
    }

    private static int travel(String text) {
        int n = dev.needle.domain.TravelMinutes.inField("travel minutes", text);
        if (n < 0 || n > 24 * 60) {
            throw new InvalidValueException("travel minutes", "Write 0 to 1440 travel minutes.");
        }
        return n;
    }

    private static int number(String field, String text) {
        int n = TypedMinutes.inField(field, text);
        if (n < 0 || n > 24 * 60) {
            throw new InvalidValueException(field, "Write 0 to 1440 " + field + ".");
        }
        return n;
    }

    private static List<Integer> places(String text) {
        return List.of(text.split(",")).stream().map(String::strip).filter(p -> !p.isEmpty()).map(p -> {
            try {
                int place = Integer.parseInt(p);
                if (place < 1) {
                    throw new NumberFormatException();
                }
                return place;
            } catch (NumberFormatException e) {
                throw new InvalidValueException("needs", "\"" + p + "\" is not a need number.");
            }
        }).toList();
    }
}
