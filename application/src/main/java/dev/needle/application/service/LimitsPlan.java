package dev.needle.application.service;

import dev.needle.application.port.in.ImportPlanUseCase;
import dev.needle.application.port.in.TeammateLimits;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.PersonalLimitsStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.OwnLimits;
import dev.needle.domain.Tag;
import dev.needle.domain.Team;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A plan's {@code people}: each teammate's own offers and weekly hours, applied with the rest of the
 * plan in one unit of work. The plan's direction offers and budget hours are the founder's (a plan
 * from before teams means the one person it had); importing the same plan again changes nothing.
 */
public final class LimitsPlan {
    private LimitsPlan() {
    }

    /** {@code rest} must write the team's direction and budget themselves, not one person's view of them. */
    public static ImportPlanUseCase importing(ImportPlanUseCase rest, PersonalLimitsStore limits, TeamStore team,
                                              IdSource ids, ClockPort clock, Transactions tx, ActingPerson acting) {
        return (plan, dryRun) -> tx.inTransaction(() -> {
            if (!dryRun && !plan.people().isEmpty()) {
                // Whoever imports is on the team before the people the plan names, so a fresh
                // database's founder is its user, not the first name in the plan.
                acting.person();
            }
            ImportPlanUseCase.Report report = rest.importPlan(plan, dryRun);
            List<String> changes = new ArrayList<>(report.changes());
            Team everyone = team.team();
            if (!dryRun) {
                everyone.founder().ifPresent(founder -> keepFoundersOwnInStep(plan, limits, founder));
            }
            for (TeammateLimits wanted : plan.people()) {
                Optional<Teammate> known = everyone.named(wanted.name());
                OwnLimits now = known.map(p -> ownOf(limits, p)).orElse(null);
                List<String> said = new ArrayList<>();
                wanted.offers().filter(o -> now == null || !now.offers().equals(Optional.of(o)))
                        .ifPresent(o -> said.add(wanted.name() + " offers " + (o.isEmpty() ? "nothing"
                                : String.join(", ", o.stream().map(Tag::value).sorted().toList()))));
                wanted.weeklyMinutes().filter(m -> now == null || !now.weeklyMinutes().equals(Optional.of(m)))
                        .ifPresent(m -> said.add(wanted.name() + "'s weekly hours set to " + BudgetStatus.hours(m) + " h"));
                if (said.isEmpty()) {
                    continue;
                }
                if (known.isEmpty()) {
                    changes.add(wanted.name() + " joins the team");
                }
                changes.addAll(said);
                if (!dryRun) {
                    Teammate person = known.orElseGet(() -> team.join(
                            new Teammate(new TeammateId(ids.next()), wanted.name(), clock.today())));
                    OwnLimits before = ownOf(limits, person);
                    limits.save(new OwnLimits(person.id(), wanted.offers().or(before::offers),
                            wanted.weeklyMinutes().or(before::weeklyMinutes)));
                }
            }
            return new ImportPlanUseCase.Report(changes, dryRun);
        });
    }

    /**
     * Once the founder has set their own offers or hours, the plan's direction and budget speak for
     * them there too; otherwise the direction and budget just written are already theirs.
     */
    private static void keepFoundersOwnInStep(ImportPlanUseCase.Plan plan, PersonalLimitsStore limits, Teammate founder) {
        OwnLimits own = ownOf(limits, founder);
        Optional<Set<Tag>> offers = own.offers().isPresent()
                ? plan.direction().map(ImportPlanUseCase.PlannedDirection::offers).or(own::offers) : own.offers();
        Optional<Integer> hours = own.weeklyMinutes().isPresent()
                ? plan.budget().map(b -> b.weeklyMinutes()).or(own::weeklyMinutes) : own.weeklyMinutes();
        OwnLimits inStep = new OwnLimits(founder.id(), offers, hours);
        if (!inStep.equals(own)) {
            limits.save(inStep);
        }
    }

    private static OwnLimits ownOf(PersonalLimitsStore limits, Teammate person) {
        return limits.findAll().stream().filter(l -> l.person().equals(person.id())).findFirst()
                .orElse(OwnLimits.none(person.id()));
    }
}
