package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.Budget;
import dev.needle.domain.triage.TriageSettings;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the configuration file sets: the triage settings (defaults where it is silent) and, when it
 * has a {@code budget:} section, the budget, which then wins over the one stored in the database; and
 * the user's time zone when {@code time-zone:} names one (else the machine's is taken for theirs).
 */
public record NeedleConfig(TriageSettings triage, Optional<Budget> budget, Optional<ZoneId> zone) {
    public static final NeedleConfig DEFAULTS = new NeedleConfig(TriageSettings.defaults(), Optional.empty(),
            Optional.empty());

    public NeedleConfig {
        Objects.requireNonNull(triage, "triage");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(zone, "zone");
    }
}
