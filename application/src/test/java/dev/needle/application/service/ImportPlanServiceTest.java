package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.AddNeedUseCase;
import dev.needle.application.port.in.ImportPlanUseCase.Plan;
import dev.needle.application.port.in.ImportPlanUseCase.PlannedDirection;
import dev.needle.application.port.in.ImportPlanUseCase.PlannedNeed;
import dev.needle.application.port.in.ImportPlanUseCase.Report;
import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Budget;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Money;
import dev.needle.domain.Need;
import dev.needle.domain.NeedKind;
import dev.needle.domain.NeedStatus;
import dev.needle.domain.Tag;
import dev.needle.domain.Target;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportPlanServiceTest {
    private final Fakes fakes = new Fakes();
    private final ImportPlanService service = new ImportPlanService(fakes.directions, fakes.needs, fakes.budget,
            fakes.ids, fakes.clock, fakes.transactions);

    private static PlannedNeed need(String title, NeedStatus status) {
        return new PlannedNeed(title, NeedKind.LEADS, List.of(Target.topic(title)), status, Optional.empty(),
                Optional.empty(), "");
    }

    private final Plan plan = new Plan(
            Optional.of(new PlannedDirection(DirectionKind.BUSINESS, "Grow catering", Set.of(Tag.of("baking")))),
            List.of(need("office lunches", NeedStatus.OPEN), need("wedding planners", NeedStatus.IN_PROGRESS)),
            Optional.of(new Budget(180, Money.parse("25"))));

    private List<String> titlesByPriority() {
        return fakes.needs.findAll().stream().map(Need::title).toList();
    }

    @Test
    void aNeedWithNoTargetsIsImportedWithAWarningOnce() {
        Plan untargeted = new Plan(Optional.empty(), List.of(new PlannedNeed("a great accountant", NeedKind.VENDOR_PARTNER,
                List.of(), NeedStatus.OPEN, Optional.empty(), Optional.empty(), "")), Optional.empty());

        assertThat(service.importPlan(untargeted, false).changes()).containsExactly("need 1 added: a great accountant",
                "warning: need 1 (a great accountant) names no company, role or topic, so nobody can match it");
        assertThat(service.importPlan(untargeted, false).changes()).isEmpty();
    }

    @Test
    void aPlanSetsDirectionNeedsInOrderAndBudget() {
        Report report = service.importPlan(plan, false);

        assertThat(report.changes()).containsExactly("direction set", "need 1 added: office lunches",
                "need 2 added: wedding planners", "budget set to 25.00 a month and 3 h a week");
        assertThat(titlesByPriority()).containsExactly("office lunches", "wedding planners");
        assertThat(fakes.needs.findAll().get(1).status()).isEqualTo(NeedStatus.IN_PROGRESS);
        assertThat(fakes.directions.active()).map(Direction::statement).contains("Grow catering");
        assertThat(fakes.budget.get()).contains(new Budget(180, Money.parse("25")));
    }

    @Test
    void importingTheSamePlanTwiceChangesNothingTheSecondTime() {
        service.importPlan(plan, false);
        List<Need> before = fakes.needs.findAll();

        Report again = service.importPlan(plan, false);

        assertThat(again.changes()).isEmpty();
        assertThat(fakes.needs.findAll()).isEqualTo(before);
        assertThat(fakes.directions.findAll()).hasSize(1);
    }

    @Test
    void aDryRunReportsTheSameChangesAndWritesNothing() {
        Report dry = service.importPlan(plan, true);

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.changes()).isEqualTo(new ImportPlanServiceTest().service.importPlan(plan, false).changes());
        assertThat(fakes.needs.findAll()).isEmpty();
        assertThat(fakes.directions.findAll()).isEmpty();
        assertThat(fakes.budget.get()).isEmpty();
    }

    @Test
    void needsTheFileLeavesOutAreKeptBelowAndAMatchedNeedIsUpdatedByTitle() {
        new AddNeedService(fakes.needs, fakes.ids).addNeed(new AddNeedUseCase.Command("Old idea", NeedKind.OTHER,
                List.of(), ""));
        new AddNeedService(fakes.needs, fakes.ids).addNeed(new AddNeedUseCase.Command("Wedding Planners",
                NeedKind.OTHER, List.of(), ""));

        Report report = service.importPlan(plan, false);

        assertThat(titlesByPriority()).containsExactly("office lunches", "wedding planners", "Old idea");
        assertThat(report.changes()).contains("need 2 updated: wedding planners", "need 3 moved down: Old idea");
        assertThat(fakes.needs.findAll().get(1).kind()).isEqualTo(NeedKind.LEADS);
    }

    @Test
    void aDifferentDirectionArchivesTheActiveOne() {
        new SetDirectionService(fakes.directions, fakes.ids, fakes.clock, fakes.transactions).setDirection(
                new SetDirectionUseCase.Command(DirectionKind.JOB_SEARCH, "Find a job", Set.of()));

        Report report = service.importPlan(plan, false);

        assertThat(report.changes()).contains("direction replaced (the previous one is archived)");
        assertThat(fakes.directions.findAll()).hasSize(2).filteredOn(Direction::isActive).hasSize(1);
    }
}
