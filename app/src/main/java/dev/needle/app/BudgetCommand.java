package dev.needle.app;

import dev.needle.domain.Budget;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.Money;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code needle budget [--hours H] [--money AMOUNT] [--json]}: my weekly hours and the team's monthly
 * money against what this week and this month spent; with options, sets them.
 */
@Command(name = "budget", mixinStandardHelpOptions = true,
        footer = {"  needle budget", "  needle budget --hours 2.5", "  needle budget --hours 4 --money 50 --json"},
        description = {"Show your weekly hours for face-to-face meetings and the monthly money, against what "
                + "this week and this month spent. On a team the hours are yours and the money is the team's.",
                "With --hours or --money, set them first (what you leave out stays as it is)."})
final class BudgetCommand extends Subcommand {
    @Option(names = "--hours", paramLabel = "H", description = "Set your weekly hours: 4, 2.5.")
    String hours;

    @Option(names = "--money", paramLabel = "AMOUNT", description = "Set the monthly money (the team's): 50, 49.90.")
    String money;

    @Option(names = "--json", description = "Print a JSON object, or null when no budget is set (see docs/cli-json.md).")
    boolean json;

    @Override
    public Integer call() {
        if (hours != null || money != null) {
            Optional<Budget> now = status().map(BudgetStatus::budget);
            int minutes;
            Money monthly;
            try {
                minutes = hours == null ? now.map(Budget::weeklyMinutes).orElse(0) : dev.needle.domain.WeeklyHours.minutes(hours);
                monthly = money == null ? now.map(Budget::monthlyMoney).orElse(Money.ZERO) : Money.aMonth(money, '.');
                useCases().setBudget().setBudget(new Budget(minutes, monthly));
            } catch (InvalidValueException e) {
                return fail(NeedleCommand.BAD_INPUT, e.getMessage());
            }
            root().budgetConfigFile().ifPresent(file -> spec.commandLine().getErr().println(
                    "Note: the budget: section of " + file + " sets the budget again at the next start."));
        }
        Optional<BudgetStatus> status = status();
        if (json) {
            out().println(Json.write(status.map(BudgetCommand::view).orElse(null)));
            return NeedleCommand.DONE;
        }
        if (status.isEmpty()) {
            out().println("No budget set. Set one with: needle budget --hours 4 --money 50");
            return NeedleCommand.DONE;
        }
        BudgetStatus b = status.get();
        // Said the same way alone or on a team (the hours are always the reader's): asking who else is on
        // the team would write the reader into it, and a read must not write.
        out().println("This week: " + BudgetStatus.hours(b.minutesThisWeek())
                + " of " + BudgetStatus.hours(b.budget().weeklyMinutes()) + " h spent, " + b.hoursBookedSaid() + (b.hoursOver()
                ? BudgetStatus.hours(b.minutesOver()) + " h over" : BudgetStatus.hoursAtMost(b.minutesLeft()) + " h left"));
        out().println("This month: " + b.moneyThisMonth() + " of "
                + b.budget().monthlyMoney() + " spent, " + b.moneyBookedSaid() + (b.moneyOver()
                ? b.moneyOverBy() + " over" : b.moneyLeft() + " left"));
        return NeedleCommand.DONE;
    }

    private Optional<BudgetStatus> status() {
        return useCases().budgetStatus().budgetStatus();
    }

    private static Map<String, Object> view(BudgetStatus b) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("weekly_minutes", b.budget().weeklyMinutes());
        v.put("minutes_this_week", b.minutesThisWeek());
        v.put("minutes_booked", b.minutesBooked());
        v.put("minutes_left", b.minutesLeft());
        v.put("monthly_money", b.budget().monthlyMoney().toString());
        v.put("money_this_month", b.moneyThisMonth().toString());
        v.put("money_booked", b.moneyBooked().toString());
        v.put("money_left", b.moneyLeft().toString());
        return v;
    }
}
