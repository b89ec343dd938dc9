package dev.needle.domain.triage;

import static dev.needle.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Channel;
import dev.needle.domain.TargetKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriageSettingsTest {
    private static final Map<TargetKind, Integer> WEIGHTS = Map.of(TargetKind.COMPANY, 100, TargetKind.ROLE, 80, TargetKind.TOPIC, 60);

    private static TriageSettings settings(int strong, int minimum, Map<TargetKind, Integer> weights, int great, int low,
                                           int travel, Channel alternative) {
        return new TriageSettings(strong, minimum, 15, 40, weights, great, low, 15, 20, travel, alternative,
                MessageTemplates.defaults());
    }

    @Test
    void minimumFitCannotBeAboveStrongFit() {
        assertRefused(() -> settings(50, 51, WEIGHTS, 4, 2, 45, Channel.CALL), "minimumFit",
                "minimumFit (51) cannot be above strongFit (50)");
    }

    @Test
    void scoresAreOnAZeroToHundredScale() {
        assertRefused(() -> settings(101, 30, WEIGHTS, 4, 2, 45, Channel.CALL), "strongFit", "0-100 scale; 101 is out of range");
        assertRefused(() -> settings(60, 30, Map.of(TargetKind.COMPANY, 100, TargetKind.ROLE, -1, TargetKind.TOPIC, 60),
                4, 2, 45, Channel.CALL), "targetWeights.role", "out of range");
    }

    @Test
    void everyTargetKindNeedsAWeight() {
        assertRefused(() -> settings(60, 30, Map.of(TargetKind.COMPANY, 100), 4, 2, 45, Channel.CALL),
                "targetWeights", "A weight for role targets is missing");
    }

    @Test
    void rapportThresholdsMustBeOrdered() {
        assertRefused(() -> settings(60, 30, WEIGHTS, 3, 3, 45, Channel.CALL), "rapport", "1 <= lowRapport < greatRapport <= 5");
        assertRefused(() -> settings(60, 30, WEIGHTS, 6, 2, 45, Channel.CALL), "rapport", "got 2 and 6");
    }

    @Test
    void theAlternativeIsACheaperChannel() {
        assertRefused(() -> settings(60, 30, WEIGHTS, 4, 2, 45, Channel.COFFEE), "alternative", "call, video call, email or message");
        assertRefused(() -> settings(60, 30, WEIGHTS, 4, 2, -1, Channel.CALL), "maxTravelMinutes", "cannot be negative");
    }

    @Test
    void priorityWeightsFallByRankDownToTheFloor() {
        TriageSettings defaults = TriageSettings.defaults();
        assertThat(java.util.stream.IntStream.rangeClosed(1, 7).map(defaults::priorityWeight))
                .containsExactly(100, 85, 70, 55, 40, 40, 40);
    }
}
