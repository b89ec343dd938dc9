package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.port.in.LogInteractionUseCase;
import dev.needle.application.port.in.RemindUseCase;
import dev.needle.application.port.out.BeforeRemind;
import dev.needle.application.port.out.ReminderChannel;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Cadence;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import dev.needle.domain.Expenses;
import dev.needle.domain.ReminderDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reminder run: one digest, never the same reminder twice in a day, nothing recorded when sending fails. */
class RemindServiceTest {
    private final Fakes fakes = new Fakes();
    private final List<ReminderDigest> delivered = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private boolean channelDown;
    private final ReminderChannel channel = digest -> {
        calls.add("send");
        if (channelDown) {
            throw new ReminderChannel.Failed("sendmail exited with status 75");
        }
        delivered.add(digest);
    };
    private final BeforeRemind logging = () -> calls.add("log");
    private final KeepInTouchService keep = new KeepInTouchService(fakes.keepInTouch, fakes.contacts, fakes.clock,
            fakes.transactions);
    private final ListDueService due = new ListDueService(fakes.keepInTouch, fakes.contacts, fakes.needs, fakes.clock);
    private final RemindUseCase remind = new RemindService(logging, fakes.contacts, due, fakes.requests, fakes.events,
            fakes.keepInTouch,
            channel, fakes.clock, fakes.transactions);
    private final LogInteractionService log = new LogInteractionService(fakes.interactions, fakes.contacts, fakes.requests, fakes.needs,
            fakes.ids, fakes.clock, fakes.transactions);

    private record Slot(long id, java.time.LocalDateTime at) {
    }

    private Contact saved(long id, String name) {
        return fakes.contacts.save(Contact.capture(new ContactId(id), name));
    }

    private void logged(Contact who, int daysAgo) {
        log.logInteraction(new LogInteractionUseCase.Command(who.id(), Optional.of(Fakes.TODAY.minusDays(daysAgo)),
                Channel.CALL, 20, 0, Expenses.NONE, "", Set.of()));
    }

    @Test
    void oneDigestHoldsTheFollowUpsAndThePeopleLosingTouch() {
        Contact ana = saved(1, "Ana Lima");
        fakes.contacts.save(saved(2, "Bo Chen").followUpOn(Fakes.TODAY.minusDays(2)));
        keep.setCadence(ana.id(), Optional.of(Cadence.parse("2w")));
        logged(ana, 20);

        RemindUseCase.Outcome outcome = remind.remind();

        assertThat(delivered).hasSize(1);
        assertThat(outcome.sent().body()).contains("Follow-ups due:", "Bo Chen (follow-up overdue since 2026-03-16)",
                "Losing touch:", "Ana Lima: last call on 2026-02-26, 6 days overdue; keep in touch every 2 weeks");
        assertThat(outcome.sent().subject()).isEqualTo("Needle: 1 follow-up due, 1 person losing touch");
        assertThat(calls).containsExactly("log", "send");
    }

    @Test
    void twoPeopleOfOneNameAreToldApartInTheDigest() {
        fakes.contacts.save(Contact.capture(new ContactId(1), "Sarah Costa").edit().company("Acme").build()
                .followUpOn(Fakes.TODAY.minusDays(2)));
        Contact other = fakes.contacts.save(Contact.capture(new ContactId(2), "Sarah Costa").edit().company("Globex").build());
        keep.setCadence(other.id(), Optional.of(Cadence.parse("2w")));
        logged(other, 20);

        RemindUseCase.Outcome outcome = remind.remind();

        assertThat(outcome.sent().body()).contains("Sarah Costa of Acme (follow-up overdue since 2026-03-16)",
                "Sarah Costa of Globex: last call on 2026-02-26");
    }

    @Test
    void onePersonOneDayOverdueIsOneDayNotOneDays() {
        Contact ana = saved(1, "Ana Lima");
        keep.setCadence(ana.id(), Optional.of(Cadence.parse("2w")));
        logged(ana, 15);

        RemindUseCase.Outcome outcome = remind.remind();

        assertThat(outcome.sent().body()).contains("Ana Lima: last call on 2026-03-03, 1 day overdue");
    }

    @Test
    void aSecondRunTheSameDaySendsNothingAgain() {
        fakes.contacts.save(saved(2, "Bo Chen").followUpOn(Fakes.TODAY));
        remind.remind();

        RemindUseCase.Outcome again = remind.remind();

        assertThat(again.sentAnything()).isFalse();
        assertThat(delivered).hasSize(1);
    }

    @Test
    void aSecondRunSendsOnlyWhatBecameDueSince() {
        fakes.contacts.save(saved(2, "Bo Chen").followUpOn(Fakes.TODAY));
        remind.remind();
        fakes.contacts.save(saved(3, "Cy Park").followUpOn(Fakes.TODAY));

        RemindUseCase.Outcome again = remind.remind();

        assertThat(again.sent().body()).contains("Cy Park").doesNotContain("Bo Chen");
    }

    @Test
    void theNextDayStillDueIsRemindedAgain() {
        Contact bo = saved(2, "Bo Chen");
        fakes.contacts.save(bo.followUpOn(Fakes.TODAY));
        remind.remind();
        fakes.clock.setToday(Fakes.TODAY.plusDays(1));

        assertThat(remind.remind().sent().body()).contains("Bo Chen (follow-up overdue since 2026-03-18)");
        assertThat(delivered).hasSize(2);
    }

    @Test
    void whenTheChannelFailsNothingIsRecordedSoTheNextRunTriesAgain() {
        fakes.contacts.save(saved(2, "Bo Chen").followUpOn(Fakes.TODAY));
        channelDown = true;

        assertThatThrownBy(remind::remind).isInstanceOf(ReminderChannel.Failed.class).hasMessage("sendmail exited with status 75");
        channelDown = false;
        remind.remind();

        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).body()).contains("Bo Chen");
    }

    @Test
    void nothingDueSendsNothing() {
        Contact ana = saved(1, "Ana Lima");
        keep.setCadence(ana.id(), Optional.of(Cadence.parse("monthly")));
        logged(ana, 3);

        assertThat(remind.remind().sentAnything()).isFalse();
        assertThat(calls).containsExactly("log");
    }

    @Test
    void loggingAnInteractionTakesThePersonOffTheList() {
        Contact ana = saved(1, "Ana Lima");
        keep.setCadence(ana.id(), Optional.of(Cadence.parse("1w")));
        logged(ana, 30);
        assertThat(due.due(0).people()).hasSize(1);

        logged(ana, 0);

        assertThat(due.due(0).people()).isEmpty();
        assertThat(due.due(7).people()).singleElement().satisfies(p -> assertThat(p.touch().dueOn())
                .isEqualTo(Fakes.TODAY.plusWeeks(1)));
    }

    @Test
    void aLongListIsCountedRatherThanListedAndAllOfItCountsAsSent() {
        for (int i = 0; i < ReminderDigest.SHOWN + 5; i++) {
            fakes.contacts.save(saved(100 + i, "Person " + i).followUpOn(Fakes.TODAY.minusDays(1)));
        }

        String body = remind.remind().sent().body();

        assertThat(body.lines().filter(l -> l.startsWith("- Person "))).hasSize(ReminderDigest.SHOWN);
        assertThat(body).contains("- … and 5 more; Needle lists them all");
        assertThat(remind.remind().sentAnything()).isFalse();
    }

    @Test
    void meetingsInTheNextDayAreInTheDigestAndLaterOnesAreNot() {
        Contact bo = saved(2, "Bo Chen");
        for (var meeting : List.of(
                new Slot(70, Fakes.TODAY.plusDays(1).atTime(9, 0)),
                new Slot(71, Fakes.TODAY.plusDays(1).atTime(11, 0)))) {
            fakes.requests.save(dev.needle.domain.MeetingRequest.pending(new dev.needle.domain.MeetingRequestId(meeting.id()),
                    bo.id(), Fakes.TODAY, dev.needle.domain.Initiator.THEM, "coffee", Channel.COFFEE, "Café Blau",
                    Optional.empty(), new dev.needle.domain.CostEstimate(45, 0, dev.needle.domain.Money.ZERO))
                    .accept(new dev.needle.domain.Schedule(meeting.at(), "Café Blau", Channel.COFFEE, 45), ""));
        }

        String body = remind.remind().sent().body();

        // The clock stands at 9:30: tomorrow 9:00 is within a day, tomorrow 11:00 is not.
        assertThat(body).contains("Meetings in the next day:\n- " + Fakes.TODAY.plusDays(1) + " 09:00 coffee with Bo Chen at Café Blau")
                .doesNotContain("11:00");
    }

    /**
     * A walk accepted a coffee with Hélène: her follow-up moved to the meeting's day, and that day's
     * reminder named her twice, as a follow-up due and as the meeting. The meeting is the follow-up.
     */
    @Test
    void aFollowUpOnTheDayOfAMeetingWithThemIsTheMeetingAndListedOnce() {
        Contact helene = saved(3, "Hélène Dubois");
        fakes.contacts.save(helene.followUpOn(Fakes.TODAY));
        fakes.contacts.save(saved(4, "Bo Chen").followUpOn(Fakes.TODAY));
        fakes.requests.save(dev.needle.domain.MeetingRequest.pending(new dev.needle.domain.MeetingRequestId(72),
                helene.id(), Fakes.TODAY, dev.needle.domain.Initiator.THEM, "coffee", Channel.COFFEE, "Café Blau",
                Optional.empty(), new dev.needle.domain.CostEstimate(45, 0, dev.needle.domain.Money.ZERO))
                .accept(new dev.needle.domain.Schedule(Fakes.TODAY.atTime(16, 0), "Café Blau", Channel.COFFEE, 45), ""));

        RemindUseCase.Outcome outcome = remind.remind();

        assertThat(outcome.sent().body()).containsOnlyOnce("Hélène Dubois")
                .contains(Fakes.TODAY + " 16:00 coffee with Hélène Dubois at Café Blau")
                .contains("Bo Chen (follow-up due today)");
        assertThat(outcome.sent().subject()).isEqualTo("Needle: 1 follow-up due, 1 meeting in the next day");
    }

    @Test
    void eventsComingUpAreRemindedWithTheirTimeAndHowSoon() {
        // The clock stands at 9:30.
        fakes.events.save(Event.plan(new EventId(80), "UX Lyon Meetup #42", Fakes.TODAY, "La Cordée")
                .at(EventTime.read("19:00")));
        fakes.events.save(Event.plan(new EventId(81), "Data Breakfast", Fakes.TODAY, "").at(EventTime.read("10am")));
        fakes.events.save(Event.plan(new EventId(82), "Job fair", Fakes.TODAY.plusDays(1), "Hall 3"));
        fakes.events.save(Event.plan(new EventId(83), "Launch party", Fakes.TODAY.plusDays(1), "")
                .at(EventTime.read("7-9pm")));
        fakes.events.save(Event.plan(new EventId(84), "Gone by", Fakes.TODAY, "").at(EventTime.read("8am")));
        fakes.events.save(Event.plan(new EventId(85), "Next week", Fakes.TODAY.plusDays(7), ""));

        ReminderDigest sent = remind.remind().sent();

        assertThat(sent.body()).contains("Events coming up:\n"
                + "- Data Breakfast today at 10 am, in 30 minutes\n"
                + "- UX Lyon Meetup #42 tonight at 7 pm, in about 10 hours, at La Cordée\n"
                + "- Job fair tomorrow, at Hall 3\n").doesNotContain("Launch party", "Gone by", "Next week");
        assertThat(sent.subject()).contains("3 events coming up");
        assertThat(remind.remind().sentAnything()).isFalse();
    }
}
