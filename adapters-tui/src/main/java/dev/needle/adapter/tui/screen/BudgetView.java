package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Screen;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.domain.Budget;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.NeedCost;
import dev.needle.adapter.tui.core.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Screen 6: the weekly hours and monthly money for face-to-face meetings, and what is spent. On a team
 * the hours are the person's own and the money the team's, and {@code shared} has the screen say so.
 */
public record BudgetView(Optional<BudgetStatus> status, List<NeedCost> costs, Optional<Path> configFile,
                         boolean shared) implements View {
    public BudgetView {
        costs = List.copyOf(costs);
    }

    static BudgetView load(Session session) {
        return new BudgetView(session.useCases().budgetStatus().budgetStatus(),
                session.useCases().week().costPerNeed().costPerNeed(), session.useCases().budgetConfigFile(),
                session.useCases().team().team().isShared());
    }

    @Override
    public String name() {
        return Screen.BUDGET.title();
    }

    @Override
    public List<Binding> bindings() {
        return List.of(Binding.on("e/a", "set budget", (k, s) -> setBudget()));
    }

    private Step setBudget() {
        return Step.open(budgetForm());
    }

    /** The form e opens here (and the palette's "set budget"), over the budget as it is. */
    FormView budgetForm() {
        String hours = status.map(b -> BudgetStatus.hours(b.budget().weeklyMinutes())).orElse("");
        String money = status.map(b -> b.budget().monthlyMoney().toString()).orElse("");
        // Editing stays allowed (to try a budget out for the session), but never silently undone.
        // The warning first: a long path may be cut off at the screen's edge.
        String intro = configFile.map(f -> "Kept until the next start, which resets it from " + f).orElse("");
        String saved = configFile.map(f -> "Budget saved until the next start; " + f + " sets it again then.")
                .orElse("Budget saved.");
        return form("Set budget", intro, hours, money, (v, s) -> {
            save(v, s);
            return Step.back().say(saved);
        }).about(Drafted.about(Drafted.BUDGET));
    }

    static FormView form(String name, String intro, FormView.Saver saver) {
        return form(name, intro, "", "", saver);
    }

    static FormView form(String name, String intro, String hours, String money, FormView.Saver saver) {
        return FormView.of(name, intro, List.of(
                Field.text("hours", "Hours a week", hours, BudgetView::hours, "weekly minutes"),
                Field.text("money", "Money a month", money, Amounts::aMonth, "monthly money")), saver);
    }

    /** Saves the budget; false when both fields were left empty (the budget is optional). */
    static boolean save(Map<String, String> v, Session session) {
        if (v.get("hours").isBlank() && v.get("money").isBlank()) {
            return false;
        }
        Optional<Budget> before = session.useCases().budgetStatus().budgetStatus().map(BudgetStatus::budget);
        Budget after = session.useCases().setBudget().setBudget(new Budget(hours(v.get("hours")), Amounts.aMonth(v.get("money"))));
        Undo.budget(session, before, after);
        return true;
    }

    private static int hours(String text) {
        return dev.needle.domain.WeeklyHours.minutes(text);
    }

    @Override
    public View refreshed(Session session) {
        return load(session);
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> lines = new ArrayList<>();
        if (status.isEmpty()) {
            lines.add(Line.of("No budget set. Press e to say how much time and money meetings may take.", Style.DIM));
        } else {
            BudgetStatus b = status.get();
            Style hoursStyle = b.hoursOver() ? Style.ERROR : Style.NORMAL;
            String week = shared ? "Your hours this week: " : "This week: ";
            String month = shared ? "The team's money this month: " : "This month: ";
            lines.add(Line.of(List.of(Span.of(week + BudgetStatus.hours(b.minutesThisWeek()) + " of "
                    + BudgetStatus.hours(b.budget().weeklyMinutes()) + " h spent, " + b.hoursBookedSaid()), Span.of(b.hoursOver()
                    ? BudgetStatus.hours(b.minutesOver()) + " h over" : BudgetStatus.hoursAtMost(b.minutesLeft()) + " h left",
                    hoursStyle)), Style.NORMAL));
            lines.add(Line.of(List.of(Span.of("  "), Span.of(BudgetBar.of(b.minutesThisWeek(), b.minutesBooked(), b.budget().weeklyMinutes()),
                    hoursStyle)), Style.NORMAL));
            Style moneyStyle = b.moneyOver() ? Style.ERROR : Style.NORMAL;
            lines.add(Line.of(List.of(Span.of(month + b.moneyThisMonth() + " of " + b.budget().monthlyMoney()
                    + " spent, " + b.moneyBookedSaid()), Span.of(b.moneyOver() ? b.moneyOverBy() + " over"
                    : b.moneyLeft() + " left", moneyStyle)), Style.NORMAL));
            lines.add(Line.of(List.of(Span.of("  "), Span.of(BudgetBar.of(b.moneyThisMonth().cents(),
                    b.moneyBooked().cents(), b.budget().monthlyMoney().cents()), moneyStyle)), Style.NORMAL));
        }
        configFile.ifPresent(f -> lines.add(Line.of("Budget set by the config file " + f
                + " (budget: section) at each start.", Style.DIM)));
        lines.add(Line.blank());
        lines.add(Line.of("Cost per need advanced", Style.HEADLINE));
        if (costs.isEmpty()) {
            lines.add(Line.of("No interaction has advanced a need yet (log one with l on a contact).", Style.DIM));
        }
        int title = Rows.flexible(width, 14, 12, 14);
        if (!costs.isEmpty()) {
            lines.add(Line.of(List.of(Rows.head("Need", title), Rows.head("Touchpoints", 14), Rows.head("Hours", 12),
                    Rows.head("Money", 14)), Style.NORMAL));
        }
        for (NeedCost c : costs) {
            lines.add(Line.of(List.of(Span.column(c.need().title(), title, Style.NORMAL),
                    Span.column(Integer.toString(c.interactions()), 14, Style.NORMAL),
                    Span.column(BudgetStatus.hours(c.minutes()) + " h", 12, Style.NORMAL),
                    Span.column(c.money().toString(), 14, Style.NORMAL)), Style.NORMAL));
        }
        return Rows.compact(lines, height);
    }
}
