package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.Channel;
import dev.needle.domain.TargetKind;
import dev.needle.domain.triage.MessageTemplates;
import dev.needle.domain.triage.Recommendation;
import dev.needle.domain.triage.TriageSettings;
import java.util.EnumMap;
import java.util.Map;

/** Triage weights and thresholds; every key is optional and falls back to Needle's default. */
record TriageDoc(Integer strongFit, Integer minimumFit, Integer priorityStep, Integer priorityFloor,
                 WeightsDoc targetWeights, Integer greatRapport, Integer lowRapport, Integer rapportBonus,
                 Integer rapportPenalty, Integer maxTravelMinutes, Channel alternative) {

    /** How much a matched company, role or topic counts, 0–100. */
    record WeightsDoc(Integer company, Integer role, Integer topic) {
    }

    TriageSettings toDomain() {
        TriageSettings d = TriageSettings.defaults();
        Map<TargetKind, Integer> weights = new EnumMap<>(d.targetWeights());
        if (targetWeights != null) {
            put(weights, TargetKind.COMPANY, targetWeights.company());
            put(weights, TargetKind.ROLE, targetWeights.role());
            put(weights, TargetKind.TOPIC, targetWeights.topic());
        }
        return new TriageSettings(or(strongFit, d.strongFit()), or(minimumFit, d.minimumFit()),
                or(priorityStep, d.priorityStep()), or(priorityFloor, d.priorityFloor()), weights,
                or(greatRapport, d.greatRapport()), or(lowRapport, d.lowRapport()), or(rapportBonus, d.rapportBonus()),
                or(rapportPenalty, d.rapportPenalty()), or(maxTravelMinutes, d.maxTravelMinutes()),
                alternative == null ? d.alternative() : alternative, d.templates());
    }

    static TriageDoc of(TriageSettings s) {
        return new TriageDoc(s.strongFit(), s.minimumFit(), s.priorityStep(), s.priorityFloor(),
                new WeightsDoc(s.targetWeight(TargetKind.COMPANY), s.targetWeight(TargetKind.ROLE),
                        s.targetWeight(TargetKind.TOPIC)),
                s.greatRapport(), s.lowRapport(), s.rapportBonus(), s.rapportPenalty(), s.maxTravelMinutes(),
                s.alternative());
    }

    private static void put(Map<TargetKind, Integer> weights, TargetKind kind, Integer weight) {
        if (weight != null) {
            weights.put(kind, weight);
        }
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    /** The suggested message for each verdict; a template left out keeps Needle's default. */
    record TemplatesDoc(String meetInPerson, String targetedAlternative, String helpThem, String declineKindly) {
        MessageTemplates toDomain() {
            MessageTemplates t = MessageTemplates.defaults();
            t = meetInPerson == null ? t : t.with(Recommendation.MEET_IN_PERSON, meetInPerson);
            t = targetedAlternative == null ? t : t.with(Recommendation.TARGETED_ALTERNATIVE, targetedAlternative);
            t = helpThem == null ? t : t.with(Recommendation.HELP_THEM, helpThem);
            return declineKindly == null ? t : t.with(Recommendation.DECLINE_KINDLY, declineKindly);
        }

        static TemplatesDoc of(MessageTemplates t) {
            Map<Recommendation, String> m = t.byRecommendation();
            return new TemplatesDoc(m.get(Recommendation.MEET_IN_PERSON), m.get(Recommendation.TARGETED_ALTERNATIVE),
                    m.get(Recommendation.HELP_THEM), m.get(Recommendation.DECLINE_KINDLY));
        }
    }
}
