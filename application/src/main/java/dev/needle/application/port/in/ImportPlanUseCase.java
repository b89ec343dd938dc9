package dev.needle.application.port.in;

import dev.needle.domain.Budget;
import dev.needle.domain.ContactId;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.NeedKind;
import dev.needle.domain.NeedStatus;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import dev.needle.domain.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a hand-written plan: the direction, the needs in priority order and the budget. Needs are
 * matched to existing ones by title, so importing the same plan again changes nothing; needs the
 * plan does not mention are kept, after the plan's ones.
 */
public interface ImportPlanUseCase {
    Report importPlan(Plan plan, boolean dryRun);

    /** What the plan says; every part is optional so a plan may set only its needs, say. */
    record Plan(Optional<PlannedDirection> direction, List<PlannedNeed> needs, Optional<Budget> budget,
                List<TagCadence> tagCadences, List<TeammateLimits> people) {
        /** A plan that sets no keep-in-touch defaults. */
        public Plan(Optional<PlannedDirection> direction, List<PlannedNeed> needs, Optional<Budget> budget) {
            this(direction, needs, budget, List.of());
        }

        /**
         * A plan that names no person: its offers and weekly hours are the founder's, as they were
         * before the database had a team.
         */
        public Plan(Optional<PlannedDirection> direction, List<PlannedNeed> needs, Optional<Budget> budget,
                    List<TagCadence> tagCadences) {
            this(direction, needs, budget, tagCadences, List.of());
        }

        public Plan {
            people = people == null ? List.of() : List.copyOf(people);
            tagCadences = tagCadences == null ? List.of() : List.copyOf(tagCadences);
            direction = direction == null ? Optional.empty() : direction;
            needs = List.copyOf(needs);
            budget = budget == null ? Optional.empty() : budget;
        }
    }

    record PlannedDirection(DirectionKind kind, String statement, Set<Tag> offers) {
        public PlannedDirection {
            offers = offers == null ? Set.of() : Set.copyOf(offers);
        }
    }

    /** One need as written; a met need names who met it and when. */
    record PlannedNeed(String title, NeedKind kind, List<Target> targets, NeedStatus status,
                       Optional<ContactId> metBy, Optional<LocalDate> metOn, String notes) {
        public PlannedNeed {
            targets = targets == null ? List.of() : List.copyOf(targets);
            status = status == null ? NeedStatus.OPEN : status;
            metBy = metBy == null ? Optional.empty() : metBy;
            metOn = metOn == null ? Optional.empty() : metOn;
            notes = notes == null ? "" : notes;
        }
    }

    /** What changed (or would change, on a dry run), one line a person can read per change. */
    record Report(List<String> changes, boolean dryRun) {
        public Report {
            changes = List.copyOf(changes);
        }
    }
}
