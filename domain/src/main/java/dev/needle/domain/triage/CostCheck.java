package dev.needle.domain.triage;

import dev.needle.domain.BudgetStatus;
import dev.needle.domain.CostEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cost side of triage: the meeting's time and money against what is left in the week and month it
 * would take place in (named when they are not this week's and this month's), and the distance.
 */
record CostCheck(List<Reason> reasons, boolean hoursFit, boolean moneyFits, boolean near) {

    static CostCheck of(CostEstimate cost, Optional<BudgetStatus> budget, TriageSettings settings) {
        List<Reason> reasons = new ArrayList<>();
        boolean hoursFit = true;
        boolean moneyFits = true;
        if (budget.isEmpty()) {
            reasons.add(new Reason(ReasonKind.COST, "no budget set: time and money not weighed"));
        } else {
            BudgetStatus b = budget.get();
            String hours = BudgetStatus.hours(b.minutesCommitted() + cost.totalMinutes()) + " h of "
                    + BudgetStatus.hours(b.budget().weeklyMinutes()) + " h " + b.week()
                    + (b.minutesBooked() > 0 ? " (" + BudgetStatus.hours(b.minutesBooked()) + " h already booked)" : "");
            String money = b.moneyCommitted().plus(cost.money()) + " of " + b.budget().monthlyMoney() + " " + b.month()
                    + (b.moneyBooked().isZero() ? "" : " (" + b.moneyBooked() + " already booked)");
            if (!b.hoursFit(cost)) {
                reasons.add(new Reason(ReasonKind.COST, "over budget: " + hours));
                hoursFit = false;
            }
            if (!b.moneyFits(cost)) {
                reasons.add(new Reason(ReasonKind.COST, "over budget: " + money));
                moneyFits = false;
            }
            if (hoursFit && moneyFits) {
                reasons.add(new Reason(ReasonKind.COST, "within budget: " + hours + ", " + money));
            }
        }
        boolean near = cost.travelMinutes() <= settings.maxTravelMinutes();
        if (!near) {
            reasons.add(new Reason(ReasonKind.DISTANCE, "far away: " + cost.travelMinutes()
                    + " min of travel, more than " + settings.maxTravelMinutes()));
        }
        return new CostCheck(List.copyOf(reasons), hoursFit, moneyFits, near);
    }

    boolean affordable() {
        return hoursFit && moneyFits;
    }
}
