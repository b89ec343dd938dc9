package dev.needle.application.service;

import dev.needle.application.port.in.ImportPlanUseCase;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.DirectionStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.NeedStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionId;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.SearchText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a plan in one unit of work. Each step first works out what would change, so a dry run
 * reports exactly what a real run writes, and a plan imported twice changes nothing the second time.
 */
public final class ImportPlanService implements ImportPlanUseCase {
    private final DirectionStore directions;
    private final NeedStore needs;
    private final BudgetStore budget;
    private final IdSource ids;
    private final ClockPort clock;
    private final Transactions transactions;

    public ImportPlanService(DirectionStore directions, NeedStore needs, BudgetStore budget, IdSource ids,
                             ClockPort clock, Transactions transactions) {
        this.directions = directions;
        this.needs = needs;
        this.budget = budget;
        this.ids = ids;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public Report importPlan(Plan plan, boolean dryRun) {
        return transactions.inTransaction(() -> {
            List<String> changes = new ArrayList<>();
            plan.direction().ifPresent(d -> direction(d, dryRun, changes));
            needs(plan.needs(), dryRun, changes);
            plan.budget().ifPresent(b -> {
                if (!budget.get().equals(Optional.of(b))) {
                    changes.add("budget set to " + b.monthlyMoney() + " a month and "
                            + dev.needle.domain.BudgetStatus.hours(b.weeklyMinutes()) + " h a week");
                    if (!dryRun) {
                        budget.set(b);
                    }
                }
            });
            return new Report(changes, dryRun);
        });
    }

    private void direction(PlannedDirection wanted, boolean dryRun, List<String> changes) {
        Optional<Direction> active = directions.active();
        boolean same = active.filter(d -> d.kind() == wanted.kind() && d.statement().equals(wanted.statement().strip())
                && d.offers().equals(wanted.offers())).isPresent();
        if (same) {
            return;
        }
        changes.add(active.isPresent() ? "direction replaced (the previous one is archived)" : "direction set");
        if (!dryRun) {
            active.ifPresent(previous -> directions.save(previous.archive(clock.today())));
            directions.save(Direction.start(new DirectionId(ids.next()), wanted.kind(), wanted.statement(),
                    wanted.offers(), clock.today()));
        }
    }

    private void needs(List<PlannedNeed> planned, boolean dryRun, List<String> changes) {
        Map<String, Need> byTitle = new LinkedHashMap<>();
        needs.findAll().forEach(n -> byTitle.putIfAbsent(SearchText.fold(n.title()), n));
        List<Need> wanted = new ArrayList<>();
        for (PlannedNeed p : planned) {
            Need existing = byTitle.remove(SearchText.fold(p.title()));
            int priority = wanted.size() + 1;
            Need need = existing == null
                    ? fromPlan(new NeedId(dryRun ? Long.MAX_VALUE : ids.next()), p, priority, 0)
                    : fromPlan(existing.id(), p, priority, existing.version());
            wanted.add(need);
            if (existing == null) {
                changes.add("need " + priority + " added: " + need.title());
            } else if (!existing.equals(need)) {
                changes.add("need " + priority + " updated: " + need.title());
            }
            if ((existing == null || !existing.equals(need)) && need.isActive() && need.targets().isEmpty()) {
                // Otherwise it imports silently and can never match anyone.
                changes.add("warning: need " + priority + " (" + need.title()
                        + ") names no company, role or topic, so nobody can match it");
            }
        }
        // Needs the plan leaves out are kept, after the plan's own, in their old order.
        for (Need other : byTitle.values()) {
            Need moved = other.withPriority(wanted.size() + 1);
            if (!moved.equals(other)) {
                changes.add("need " + moved.priority() + " moved down: " + moved.title());
            }
            wanted.add(moved);
        }
        if (dryRun) {
            return;
        }
        List<Need> stored = needs.findAll();
        for (Need need : wanted) {
            if (!stored.contains(need)) {
                needs.save(need);
            }
        }
    }

    private static Need fromPlan(NeedId id, PlannedNeed p, int priority, long version) {
        return new Need(id, p.title(), p.kind(), p.targets(), priority, p.status(), p.metBy(), p.metOn(), p.notes(),
                version);
    }
}
