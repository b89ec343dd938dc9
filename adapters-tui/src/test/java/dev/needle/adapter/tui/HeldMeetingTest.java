package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Budget;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.Initiator;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Money;
import dev.needle.domain.Schedule;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Logging the meeting that was set holds it: its cost is counted once, as spent, and no longer as
 * booked, and later logs with the same person no longer start from it.
 */
class HeldMeetingTest {

    private static String words(Tui tui) {
        return tui.text().replaceAll("\\s+", " ");
    }

    /** João, a budget of 2 h a week and 40 a month, and a 45-minute call costing 4.50 set for Friday. */
    private static Wiring aCallSetWithJoaoOnFriday() {
        Wiring w = Seeds.withDirection();
        aCallSetOnFriday(w, Seeds.contact(w, "João Silva", "Globex", "Engineer"));
        return w;
    }

    private static void aCallSetOnFriday(Wiring w, Contact joao) {
        w.useCases.setBudget().setBudget(new Budget(120, Money.parse("40")));
        CostEstimate cost = new CostEstimate(45, 0, Money.parse("4.50"));
        MeetingRequest asked = MeetingRequest.pending(new MeetingRequestId(700), joao.id(), Fakes.TODAY,
                Initiator.THEM, "a call about the team", Channel.CALL, "", Optional.empty(), cost);
        w.fakes.requests.save(asked.accept(new Schedule(Fakes.TODAY.plusDays(2).atTime(16, 0), "", Channel.CALL, 45),
                cost, ""));
    }

    @Test
    void loggingTheMeetingSetCountsItOnceAsSpentAndALaterLogStartsAfresh() throws Exception {
        // The budget read "9.00 of 40.00 spent, 4.50 booked": the same call spent twice and booked once.
        Wiring w = aCallSetWithJoaoOnFriday();
        try (Tui tui = Tui.on(w).press('3').enter().press('l')) {
            assertThat(words(tui)).contains("From the meeting set for 2026-03-20.");
            tui.press(Key.ctrl('s'));
            tui.press('l').press(Key.ctrl('u')).type("yesterday").press(Key.ctrl('s'));

            tui.press('6');
            assertThat(words(tui)).contains("This month: 4.50 of 40.00 spent, 35.50 left").doesNotContain("booked");
            tui.press('3').enter();
            assertThat(words(tui)).contains("2026-03-18 call held");
            tui.press('l');
            assertThat(words(tui)).doesNotContain("From the meeting set for").contains("Minutes 30").doesNotContain("4.50");
        }
    }

    @Test
    void theLogSaysTheMeetingSetIsNowHeld() throws Exception {
        Wiring w = aCallSetWithJoaoOnFriday();
        try (Tui tui = Tui.on(w).press('3').enter().press('l')) {
            tui.press(Key.ctrl('s'));
            assertThat(words(tui)).contains("Logged the call with João Silva; the March 20 meeting is marked held.");
        }
    }

    @Test
    void undoingTheLogPutsTheMeetingBackAsBooked() throws Exception {
        Wiring w = aCallSetWithJoaoOnFriday();
        try (Tui tui = Tui.on(w).press('3').enter().press('l')) {
            tui.press(Key.ctrl('s')).press('u');

            tui.press('6');
            assertThat(words(tui)).contains("This month: 0.00 of 40.00 spent, 4.50 booked, 35.50 left");
            tui.press('3').enter().press('l');
            assertThat(words(tui)).contains("From the meeting set for 2026-03-20.");
        }
    }

    @Test
    void aLogDatedMoreThanAWeekFromTheMeetingLeavesItBooked() throws Exception {
        // An email from last month is not next Friday's call.
        Wiring w = aCallSetWithJoaoOnFriday();
        try (Tui tui = Tui.on(w).press('3').enter().press('l')) {
            tui.press(Key.ctrl('u')).type("2026-02-18").press(Key.ctrl('s'));
            assertThat(words(tui)).contains("Logged the call with João Silva; the March 20 meeting stays booked.");

            tui.press('6');
            assertThat(words(tui)).contains("This month: 0.00 of 40.00 spent, 4.50 booked, 35.50 left");
        }
    }

    @Test
    void aSecondSessionSeesTheMeetingHeldAndItsLogStartsAfresh() throws Exception {
        Wiring a = aCallSetWithJoaoOnFriday();
        Wiring b = new Wiring(a);
        try (Tui first = Tui.on(a).press('3').enter(); Tui second = Tui.on(b).press('3').enter()) {
            first.press('l').press(Key.ctrl('s'));
            second.lookForChanges();

            second.press('l');
            assertThat(words(second)).doesNotContain("From the meeting set for");
            second.esc().press('6');
            assertThat(words(second)).contains("This month: 4.50 of 40.00 spent, 35.50 left").doesNotContain("booked");
        }
    }

    @Test
    void aLogStartedFromTheMeetingInBothSessionsSaysTheSecondWasLoggedAlready() throws Exception {
        Wiring a = aCallSetWithJoaoOnFriday();
        Wiring b = new Wiring(a);
        try (Tui first = Tui.on(a).press('3').enter().press('l'); Tui second = Tui.on(b).press('3').enter().press('l')) {
            first.press(Key.ctrl('s'));
            second.lookForChanges().press(Key.ctrl('s'));

            assertThat(words(second)).contains("Logged the call with João Silva; the March 20 meeting was logged already.");
            assertThat(a.fakes.requests.find(new MeetingRequestId(700)).orElseThrow().status())
                    .isEqualTo(dev.needle.domain.RequestStatus.HELD);
        }
    }

    @Test
    void loggingFromTodaysLosingTouchRowHoldsTheMeetingSetToo() throws Exception {
        // From Today's "Losing touch" row the log started empty and the call it logged stayed booked.
        Wiring w = Seeds.withDirection();
        Contact joao = Seeds.contact(w, "João Silva", "Globex", "Engineer");
        aCallSetOnFriday(w, joao);
        w.useCases.week().touch().keepInTouch().setCadence(joao.id(), Optional.of(dev.needle.domain.Cadence.parse("2w")));
        w.useCases.logInteraction().logInteraction(new dev.needle.application.port.in.LogInteractionUseCase.Command(
                joao.id(), Optional.of(Fakes.TODAY.minusDays(20)), Channel.EMAIL, 10, 0,
                dev.needle.domain.Expenses.NONE, "", java.util.Set.of()));
        try (Tui tui = Tui.on(w)) {
            assertThat(words(tui)).contains("Losing touch (1)");
            tui.press('l');
            assertThat(words(tui)).contains("From the meeting set for 2026-03-20.");
            tui.press(Key.ctrl('s'));
            assertThat(words(tui)).contains("Logged the call with João Silva; the March 20 meeting is marked held.");

            tui.press('6');
            assertThat(words(tui)).contains("This month: 4.50 of 40.00 spent, 35.50 left").doesNotContain("booked");
        }
    }
}
