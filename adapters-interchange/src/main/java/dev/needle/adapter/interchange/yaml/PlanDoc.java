package dev.needle.adapter.interchange.yaml;

import dev.needle.application.port.in.ImportPlanUseCase.Plan;
import dev.needle.application.port.in.ImportPlanUseCase.PlannedDirection;
import dev.needle.application.port.in.ImportPlanUseCase.PlannedNeed;
import dev.needle.domain.Budget;
import dev.needle.domain.ContactId;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionId;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.NeedStatus;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import dev.needle.domain.Target;
import dev.needle.domain.triage.MessageTemplates;
import dev.needle.domain.triage.TriageSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The plan file a person writes by hand: direction, needs in priority order, budget, triage settings. */
record PlanDoc(String needle, Integer format, PlannedDirection direction, List<PlannedNeed> needs, Budget budget,
               TriageSettings triage, MessageTemplates templates, List<TagCadence> tagCadences,
               List<TeammateLimitsDoc> people) {
    static final String KIND = "plan";

    PlanFile toPlanFile() {
        Plan plan = new Plan(Optional.ofNullable(direction), needs == null ? List.of() : needs,
                Optional.ofNullable(budget), tagCadences == null ? List.of() : tagCadences,
                people == null ? List.of() : people.stream().map(TeammateLimitsDoc::toDomain).toList());
        Optional<TriageSettings> settings = triage == null && templates == null ? Optional.empty()
                : Optional.of((triage == null ? TriageSettings.defaults() : triage)
                        .withTemplates(templates == null ? MessageTemplates.defaults() : templates));
        return new PlanFile(plan, settings);
    }

    /** The direction as written; checked by the domain as it would be stored. */
    record DirectionDoc(DirectionKind kind, String statement, Set<Tag> offers) {
        PlannedDirection toDomain() {
            Direction checked = Direction.start(new DirectionId(1), Required.present("kind", kind), statement, offers,
                    LocalDate.EPOCH);
            return new PlannedDirection(checked.kind(), checked.statement(), checked.offers());
        }

        static DirectionDoc of(PlannedDirection d) {
            return new DirectionDoc(d.kind(), d.statement(), new java.util.TreeSet<>(d.offers()));
        }
    }

    /** One need as written; its place in the list is its priority. */
    record NeedDoc(String title, NeedKind kind, List<Target> targets, NeedStatus status, Long metBy, LocalDate metOn,
                   String notes) {
        PlannedNeed toDomain() {
            Need checked = new Need(new NeedId(1), title, Required.present("kind", kind), targets, 1,
                    status == null ? NeedStatus.OPEN : status, Optional.ofNullable(metBy).map(ContactId::new),
                    Optional.ofNullable(metOn), notes, 0);
            return new PlannedNeed(checked.title(), checked.kind(), checked.targets(), checked.status(),
                    checked.metBy(), checked.metOn(), checked.notes());
        }

        static NeedDoc of(PlannedNeed n) {
            return new NeedDoc(n.title(), n.kind(), n.targets(), n.status(),
                    n.metBy().map(ContactId::value).orElse(null), n.metOn().orElse(null), n.notes());
        }
    }
}
