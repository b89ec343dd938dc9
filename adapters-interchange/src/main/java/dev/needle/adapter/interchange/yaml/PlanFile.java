package dev.needle.adapter.interchange.yaml;

import dev.needle.application.port.in.ImportPlanUseCase.Plan;
import dev.needle.domain.triage.TriageSettings;
import java.util.Optional;

/** A plan file as read: what the database takes, and the triage settings if the file gives any. */
public record PlanFile(Plan plan, Optional<TriageSettings> triage) implements YamlDocument {
}
