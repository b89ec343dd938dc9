package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Budget;
import dev.needle.domain.Contact;
import dev.needle.domain.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 14, section 5: dates and amounts as people type them, whole messages, companies and filters that forgive. */
class ForgivingInputTest {
    /** Fakes.TODAY is Wednesday 2026-03-18. */
    private static final LocalDate THURSDAY = Fakes.TODAY.plusDays(1);

    private static Contact followUp(Wiring w, Contact c) {
        return w.useCases.viewContact().viewContact(c.id()).contact();
    }

    /** The screen as one line of words, so a message wrapped over rows reads as the user reads it. */
    private static String words(Tui tui) {
        return tui.text().replaceAll("\\s+", " ");
    }

    @Test
    void aFollowUpDateTakesAWeekdayAndEchoesTheDayItMeansAsItIsTyped() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').enter().press('s')) {
            tui.type("thu");
            int row = tui.rowOf("Follow up on");
            assertThat(tui.row(row)).contains("thu").contains("→ Thu 2026-03-19");
            tui.type("rsday");
            assertThat(tui.row(row)).contains("→ Thu 2026-03-19");
            assertThat(tui.text()).contains("month-day");
            tui.enter();
            assertThat(followUp(w, ana).nextFollowUp()).contains(THURSDAY);
            assertThat(tui.row(23)).contains("Follow up with Ana Ruiz on 2026-03-19.");
        }
    }

    @Test
    void theEditFormAndEventFormTakeRelativeAndMonthNamedDates() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').press('e')) {
            for (int i = 0; i < 11; i++) {
                tui.tab();
            }
            assertThat(tui.ui.current().name()).isEqualTo("Edit contact");
            tui.type("+2w");
            assertThat(tui.text()).contains("→ Wed 2026-04-01");
            tui.press(Key.ctrl('u')).type("dec 12");
            assertThat(tui.text()).contains("→ Sat 2026-12-12");
            tui.press(Key.ctrl('s'));
            assertThat(followUp(w, ana).nextFollowUp()).contains(LocalDate.of(2026, 12, 12));
        }
    }

    /**
     * A bare "3" is 3 in the morning (Needle does not guess the afternoon), so the time field says what it
     * read before a message proposes "at 3 am" to a real person; an event's time says its end too.
     */
    @Test
    void aTimeFieldEchoesTheTimeItReadAsItIsTyped() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3', 't')) {
            for (int i = 0; i < 5; i++) {
                tui.tab();
            }
            tui.type("3");
            int row = tui.rowOf("Time");
            assertThat(tui.row(row)).contains("→ 3 am");
            tui.type("pm");
            assertThat(tui.row(row)).contains("→ 3 pm");
            tui.press(Key.ctrl('u')).type("15:30");
            assertThat(tui.row(row)).contains("→ 3:30 pm");
            tui.press(Key.ctrl('u')).type("teatime");
            assertThat(tui.row(row)).doesNotContain("→");
        }
        try (Tui tui = Tui.on(w).press('4', 'a')) {
            tui.tab().tab();
            assertThat(tui.ui.current().name()).isEqualTo("Add event");
            tui.type("7pm-9");
            assertThat(tui.row(tui.rowOf("Time"))).contains("→ 7 pm to 9 pm");
        }
    }

    @Test
    void aDayFirstDateIsRefusedWithTheWholeMessageUnderTheField() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').enter().press('s')) {
            tui.type("25/12").enter();
            assertThat(words(tui)).contains("\"25/12\" is not a date; the month comes first; write 12-25 or name the month, like 25 dec.");
            assertThat(followUp(w, ana).nextFollowUp()).isEmpty();
        }
    }

    @Test
    void theBudgetTakesACurrencySymbolAndThousandsSeparators() throws Exception {
        Wiring w = Seeds.withDirection();
        w.useCases.setBudget().setBudget(new Budget(240, Money.parse("40")));
        try (Tui tui = Tui.on(w).press('6').press('e')) {
            tui.tab().press(Key.ctrl('u')).type("$1,150").press(Key.ctrl('s'));
            assertThat(tui.row(23)).contains("Budget saved");
            assertThat(w.useCases.budgetStatus().budgetStatus().orElseThrow().budget().monthlyMoney())
                    .isEqualTo(Money.ofCents(1150_00));
        }
    }

    @Test
    void weeklyHoursTakeAUnitAndADecimalComma() throws Exception {
        // "3 hours" and "2,5" were refused: "is not a number of hours".
        Wiring w = Seeds.withDirection();
        w.useCases.setBudget().setBudget(new Budget(240, Money.parse("40")));
        for (String typed : new String[] {"3 hours", "2,5 h", "2.5h", "90 min"}) {
            try (Tui tui = Tui.on(w).press('6').press('e')) {
                tui.press(Key.ctrl('u')).type(typed).press(Key.ctrl('s'));
                assertThat(tui.row(23)).as(typed).contains("Budget saved");
            }
            int expected = typed.startsWith("3") ? 180 : typed.startsWith("90") ? 90 : 150;
            assertThat(w.useCases.budgetStatus().budgetStatus().orElseThrow().budget().weeklyMinutes()).as(typed)
                    .isEqualTo(expected);
        }
    }

    @Test
    void theBudgetTakesTheWordsPeopleWriteAroundTheNumbers() throws Exception {
        // "about 4 hours" and "80 euros" were refused in the first start's budget step.
        Wiring w = Seeds.withDirection();
        w.useCases.setBudget().setBudget(new Budget(240, Money.parse("40")));
        try (Tui tui = Tui.on(w).press('6').press('e')) {
            tui.press(Key.ctrl('u')).type("about 4 hours a week").tab().press(Key.ctrl('u')).type("80 euros a month")
                    .press(Key.ctrl('s'));
            assertThat(tui.row(23)).contains("Budget saved");
        }
        Budget saved = w.useCases.budgetStatus().budgetStatus().orElseThrow().budget();
        assertThat(saved.weeklyMinutes()).isEqualTo(240);
        assertThat(saved.monthlyMoney()).isEqualTo(Money.ofCents(80_00));
    }

    @Test
    void moneyForAnotherPeriodIsRefusedRatherThanTakenAsAMonth() throws Exception {
        Wiring w = Seeds.withDirection();
        w.useCases.setBudget().setBudget(new Budget(240, Money.parse("40")));
        try (Tui tui = Tui.on(w).press('6').press('e')) {
            tui.tab().press(Key.ctrl('u')).type("20 euros a week").tab();
            assertThat(words(tui)).contains("! \"20 euros a week\" is money a week; this field is money a month.");
        }
        assertThat(w.useCases.budgetStatus().budgetStatus().orElseThrow().budget().monthlyMoney())
                .isEqualTo(Money.ofCents(40_00));
    }

    @Test
    void aRefusedAmountShowsItsWholeMessageAt80Columns() throws Exception {
        Wiring w = Seeds.withDirection();
        w.useCases.setBudget().setBudget(new Budget(240, Money.parse("40")));
        try (Tui tui = Tui.on(w).press('6').press('e')) {
            tui.tab().press(Key.ctrl('u')).type("$150x").tab();
            assertThat(words(tui)).contains("! \"$150x\" is not an amount; write it like 4.50, $150 or 1,234.50.");
            for (int r = 0; r < 24; r++) {
                assertThat(tui.row(r).stripTrailing()).as("row %d", r).hasSizeLessThanOrEqualTo(80);
            }
        }
    }

    @Test
    void aTimeTypedAsPeopleSayItIsRead() throws Exception {
        // "around 10am" and "at 3pm" were refused: "is not a time; write it like 14:30, 9:30, 2pm or noon".
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3', 't')) {
            tui.type("A coffee about the rebrand").tab().tab().tab().tab().type("thu").tab().type("around 10am");
            assertThat(tui.row(tui.rowOf("Time"))).contains("→ 10 am");
            tui.press(Key.ctrl('u')).type("at 3pm");
            assertThat(tui.row(tui.rowOf("Time"))).contains("→ 3 pm");
            tui.enter();
            assertThat(words(tui)).doesNotContain("is not a time").contains("Thursday, March 19 at 3 pm");
        }
    }

    @Test
    void minutesAndTravelTakeAHedgeAsTheBudgetFieldsDo() throws Exception {
        // "about 6 hours" was taken as a week's hours, but "about 20" travel minutes was refused.
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').enter().press('l')) {
            tui.tab().tab().press(Key.ctrl('u')).type("around 45 min").tab().press(Key.ctrl('u')).type("about 20")
                    .press(Key.ctrl('s'));
            assertThat(words(tui)).doesNotContain("is not a number of minutes");
        }

        assertThat(w.useCases.viewContact().viewContact(ana.id()).interactions()).singleElement()
                .satisfies(i -> assertThat(i.minutes()).isEqualTo(45))
                .satisfies(i -> assertThat(i.travelMinutes()).isEqualTo(20));
    }

    @Test
    void aCoffeeHadOnADayGoneByIsLoggedOnThatDay() throws Exception {
        // The form said "With Ana Ruiz, today." and had no date: yesterday's coffee could not be logged.
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        java.time.LocalDate today = w.useCases.week().today().date();
        try (Tui tui = Tui.on(w).press('3').enter().press('l')) {
            assertThat(tui.text().replaceAll("\\s+", " ")).contains("Dates: today, yesterday, fri (the last one)");
            tui.press(Key.ctrl('u')).type("tomorrow").press(Key.ctrl('s'));
            assertThat(tui.text().replaceAll("\\s+", " ")).contains("still to come; write the day it happened");
            assertThat(w.useCases.viewContact().viewContact(ana.id()).interactions()).isEmpty();

            tui.press(Key.ctrl('u')).type("yesterday").press(Key.ctrl('s'));
        }

        assertThat(w.useCases.viewContact().viewContact(ana.id()).interactions()).singleElement()
                .satisfies(i -> assertThat(i.date()).isEqualTo(today.minusDays(1)));
    }

    @Test
    void whatIsTypedIntoTheLogFormsSuggestionsReplacesThem() throws Exception {
        // Typed as a user types, field after field, it read "todaythree weeks ago", "30about 45" and
        // "020 min each way": the form's suggestions stayed in front of what was typed.
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        java.time.LocalDate today = w.useCases.week().today().date();
        try (Tui tui = Tui.on(w).press('3').enter().press('l')) {
            tui.type("three weeks ago");
            assertThat(tui.row(tui.rowOf("Date"))).contains("Date             three weeks ago")
                    .contains("→ " + dev.needle.domain.DateInput.shown(today.minusWeeks(3)));
            tui.tab().tab().type("about 45").tab().type("20 min each way");
            assertThat(words(tui)).contains("Minutes about 45").contains("Travel minutes 20 min each way")
                    .doesNotContain("is not a number");
            tui.press(Key.ctrl('s'));
        }

        assertThat(w.useCases.viewContact().viewContact(ana.id()).interactions()).singleElement()
                .satisfies(i -> assertThat(i.date()).isEqualTo(today.minusWeeks(3)))
                .satisfies(i -> assertThat(i.minutes()).isEqualTo(45))
                .satisfies(i -> assertThat(i.travelMinutes()).isEqualTo(40));
    }

    @Test
    void aSuggestionOnceEditedIsTextOfTheUsersOwn() throws Exception {
        // Backspace or a cursor key first: the user means to change the suggestion, not replace it.
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').enter().press('l')) {
            tui.tab().tab().press(Key.of(Key.Type.BACKSPACE)).type("5").press(Key.of(Key.Type.HOME)).type("1");
            assertThat(words(tui)).contains("Minutes 135");
            tui.press(Key.ctrl('s'));
        }

        assertThat(w.useCases.viewContact().viewContact(ana.id()).interactions()).singleElement()
                .satisfies(i -> assertThat(i.minutes()).isEqualTo(135));
    }

    @Test
    void aFollowUpsMinutesTakeAUnitAsAnInteractionsDo() throws Exception {
        // Re-reading the change: the follow-up's form still refused "20 min", which the log form took.
        Wiring w = Seeds.withDirection();
        Contact ana = w.useCases.week().followUps().setFollowUp(Seeds.contact(w, "Ana Ruiz", "Acme", "").id(),
                java.util.Optional.of(w.useCases.week().today().date()));
        try (Tui tui = Tui.on(w).press('5').press('c')) {
            tui.tab().press(Key.ctrl('u')).type("20 min").press(Key.ctrl('s'));
        }

        assertThat(w.useCases.viewContact().viewContact(ana.id()).interactions()).singleElement()
                .satisfies(i -> assertThat(i.minutes()).isEqualTo(20));
    }

    @Test
    void anInteractionsMinutesTakeAUnit() throws Exception {
        // "20 min" of travel was refused: "is not a number of travel minutes".
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').enter().press('l')) {
            tui.tab().tab().press(Key.ctrl('u')).type("1h30").tab().press(Key.ctrl('u')).type("20 min").press(Key.ctrl('s'));
            assertThat(w.useCases.viewContact().viewContact(ana.id()).interactions()).hasSize(1)
                    .allSatisfy(i -> assertThat(i.minutes()).isEqualTo(90))
                    .allSatisfy(i -> assertThat(i.travelMinutes()).isEqualTo(20));
        }
    }

    @Test
    void travelTypedOneWayCountsThereAndBack() throws Exception {
        // "25 min each way by U-Bahn" was refused: "is not a number of minutes".
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').enter().press('l')) {
            tui.tab().tab().tab().press(Key.ctrl('u')).type("25 min each way by U-Bahn").press(Key.ctrl('s'));
        }
        assertThat(w.useCases.viewContact().viewContact(ana.id()).interactions()).singleElement()
                .satisfies(i -> assertThat(i.travelMinutes()).isEqualTo(50));
    }

    @Test
    void travelThatDoesNotSayWhichWayIsAskedAbout() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').enter().press('l')) {
            tui.tab().tab().tab().press(Key.ctrl('u')).type("25 min by bike").tab();
            assertThat(words(tui)).contains("! \"25 min by bike\": one way, or there and back? Write \"25 min each way\" or 50.");
        }
        assertThat(w.useCases.viewContact().viewContact(ana.id()).interactions()).isEmpty();
    }

    @Test
    void anInteractionsExpensesTakeADecimalComma() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').enter().press('l')) {
            while (!tui.row(tui.rowOf("Coffee")).startsWith("> ")) {
                tui.tab();
            }
            tui.type("€4,50").press(Key.ctrl('s'));
            assertThat(w.useCases.viewContact().viewContact(ana.id()).interactions()).hasSize(1)
                    .allSatisfy(i -> assertThat(i.expenses().total()).isEqualTo(Money.ofCents(450)));
        }
    }

    @Test
    void companyFindsEveryoneAtACompanyNamedInPartAndTabCompletesTheName() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Bluebird Foods", "Buyer");
        Seeds.contact(w, "Bo Lind", "Bluebird Foods Inc.", "");
        Seeds.contact(w, "Cy Moss", "bluebird-foods", "");
        Seeds.contact(w, "Di Park", "Initech", "");
        try (Tui tui = Tui.on(w)) {
            tui.press(':').type("company Bluebird").enter();
            assertThat(tui.text()).doesNotContain("Nobody yet").contains("Ana Ruiz").contains("Bo Lind")
                    .contains("Cy Moss").doesNotContain("Di Park");

            tui.esc().press(':').type("company blu").tab();
            assertThat(tui.row(tui.rowOf(":company"))).contains(":company Bluebird Foods_");
            tui.enter();
            assertThat(tui.text()).contains("Who you know at Bluebird Foods").contains("Cy Moss");
        }
    }

    @Test
    void theContactFilterForgivesATypoRanksWholeWordsFirstAndCtrlUClearsIt() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Abe Fleet", "Globex", "");
        Seeds.contact(w, "Ann Lee", "Initech", "");
        Seeds.contact(w, "Ida Park", "Northwind", "Insights Lead");
        try (Tui tui = Tui.on(w).press('3').press('/')) {
            tui.type("insghts");
            assertThat(tui.text()).contains("Ida Park").doesNotContain("Ann Lee");
            tui.press(Key.ctrl('u'));
            assertThat(tui.text()).contains("/_").contains("3 found");
            tui.type("lee");
            assertThat(tui.rowOf("Ann Lee")).as("a whole word before one inside a word")
                    .isLessThan(tui.rowOf("Abe Fleet"));
        }
    }

    @Test
    void ctrlUClearsTheNeedsFilterAndTypingGoesOn() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "Portfolio critique");
        try (Tui tui = Tui.on(w).press('2').press('/')) {
            tui.type("zzz");
            assertThat(tui.text()).contains("/zzz_").contains("0 found");
            tui.press(Key.ctrl('u'));
            assertThat(tui.text()).contains("/_   1 found").contains("Portfolio critique");
            tui.type("q");
            assertThat(tui.text()).contains("/q_");
        }
    }

    @Test
    void aMessageThatRanOffTheEdgeAt80ColumnsIsWrappedWholeUnderItsField() throws Exception {
        Wiring w = Seeds.withDirection();
        w.useCases.setBudget().setBudget(new Budget(240, Money.parse("40")));
        try (Tui tui = Tui.on(w).press('6').press('e')) {
            tui.press(Key.ctrl('u')).type("a few hours each week").tab();
            int field = tui.rowOf("Hours a week");
            assertThat((tui.row(field + 1) + tui.row(field + 2)).replaceAll("\\s+", " "))
                    .contains("! \"a few hours each week\" is not a number of hours; write e.g. 4 or 2.5.");
        }
    }
}
