package dev.needle.domain.triage;

import dev.needle.domain.Channel;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.TargetKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * Weights and thresholds of the triage policy, all on a 0–100 scale so every comparison is exact.
 *
 * <p>A need's fit with a contact is the weight of the strongest target the contact matches times the
 * need's priority weight: rank 1 counts 100, each lower rank {@code priorityStep} less, never below
 * {@code priorityFloor}. Rapport moves that score by a bonus or a penalty. At {@code strongFit} or
 * above a face-to-face meeting is worth it; from {@code minimumFit} a cheaper channel is.
 */
public record TriageSettings(int strongFit, int minimumFit, int priorityStep, int priorityFloor,
                             Map<TargetKind, Integer> targetWeights, int greatRapport, int lowRapport,
                             int rapportBonus, int rapportPenalty, int maxTravelMinutes, Channel alternative,
                             MessageTemplates templates) {

    public TriageSettings {
        percent("strongFit", strongFit);
        percent("minimumFit", minimumFit);
        if (minimumFit > strongFit) {
            throw new InvalidValueException("minimumFit", "minimumFit (" + minimumFit + ") cannot be above strongFit (" + strongFit + ").");
        }
        percent("priorityStep", priorityStep);
        percent("priorityFloor", priorityFloor);
        EnumMap<TargetKind, Integer> weights = new EnumMap<>(TargetKind.class);
        weights.putAll(targetWeights);
        for (TargetKind kind : TargetKind.values()) {
            Integer weight = weights.get(kind);
            if (weight == null) {
                throw new InvalidValueException("targetWeights", "A weight for " + kind.label() + " targets is missing.");
            }
            percent("targetWeights." + kind.label(), weight);
        }
        targetWeights = Map.copyOf(weights);
        if (greatRapport < 1 || greatRapport > 5 || lowRapport < 1 || lowRapport >= greatRapport) {
            throw new InvalidValueException("rapport",
                    "Rapport thresholds need 1 <= lowRapport < greatRapport <= 5 (got " + lowRapport + " and " + greatRapport + ").");
        }
        percent("rapportBonus", rapportBonus);
        percent("rapportPenalty", rapportPenalty);
        if (maxTravelMinutes < 0) {
            throw new InvalidValueException("maxTravelMinutes", "maxTravelMinutes cannot be negative.");
        }
        if (alternative == null || alternative.isFaceToFace()) {
            throw new InvalidValueException("alternative", "The alternative must be a call, video call, email or message.");
        }
        if (templates == null) {
            throw new InvalidValueException("templates", "Message templates are required.");
        }
    }

    public static TriageSettings defaults() {
        return new TriageSettings(60, 30, 15, 40,
                Map.of(TargetKind.COMPANY, 100, TargetKind.ROLE, 80, TargetKind.TOPIC, 60),
                4, 2, 15, 20, 45, Channel.CALL, MessageTemplates.defaults());
    }

    /** How much a need at this place in the list counts, 0–100. */
    public int priorityWeight(int priority) {
        return Math.max(priorityFloor, 100 - priorityStep * (priority - 1));
    }

    public int targetWeight(TargetKind kind) {
        return targetWeights.get(kind);
    }

    public TriageSettings withTemplates(MessageTemplates newTemplates) {
        return new TriageSettings(strongFit, minimumFit, priorityStep, priorityFloor, targetWeights, greatRapport,
                lowRapport, rapportBonus, rapportPenalty, maxTravelMinutes, alternative, newTemplates);
    }

    private static void percent(String field, int value) {
        if (value < 0 || value > 100) {
            throw new InvalidValueException(field, field + " is on a 0-100 scale; " + value + " is out of range.");
        }
    }
}
