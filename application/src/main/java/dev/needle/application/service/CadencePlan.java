package dev.needle.application.service;

import dev.needle.application.port.in.ImportPlanUseCase;
import dev.needle.application.port.out.KeepInTouchStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.TagCadence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plan's keep-in-touch defaults per tag ({@code tag-cadences}), applied with the rest of the plan in
 * one unit of work; importing the same plan again changes nothing. Tags the plan does not name keep
 * their default.
 */
public final class CadencePlan {
    private CadencePlan() {
    }

    public static ImportPlanUseCase importing(ImportPlanUseCase rest, KeepInTouchStore store, Transactions tx) {
        return (plan, dryRun) -> tx.inTransaction(() -> {
            ImportPlanUseCase.Report report = rest.importPlan(plan, dryRun);
            List<String> changes = new ArrayList<>(report.changes());
            for (TagCadence wanted : plan.tagCadences()) {
                Optional<TagCadence> now = store.tagDefaults().stream().filter(t -> t.tag().sameAs(wanted.tag())).findFirst();
                if (now.map(TagCadence::cadence).equals(Optional.of(wanted.cadence()))) {
                    continue;
                }
                changes.add("Keep in touch with everyone tagged " + wanted.tag().value() + " " + wanted.cadence().label()
                        + now.map(n -> " (was " + n.cadence().label() + ")").orElse("") + ".");
                if (!dryRun) {
                    store.saveTagDefault(now.map(n -> new TagCadence(wanted.tag(), wanted.cadence(), n.since())).orElse(wanted));
                }
            }
            return new ImportPlanUseCase.Report(changes, dryRun);
        });
    }
}
