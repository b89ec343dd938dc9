package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.Budget;
import dev.needle.domain.triage.MessageTemplates;
import dev.needle.domain.triage.TriageSettings;
import java.util.Optional;

/**
 * The configuration file: triage settings, message templates and the budget (read like a plan's, through
 * the same mapping), each optional, and the database section, which the application reads for itself;
 * it is named here only so it counts as a known key.
 */
record ConfigDoc(TriageSettings triage, MessageTemplates templates, Budget budget, DatabaseSection database,
                 SyncSection sync) {
    /** {@code database: {url, user, password}}; never read here, never echoed in an error. */
    record DatabaseSection(String url, String user, String password) {
    }

    /** {@code sync: {vdir, every}}: read by the application for itself (needle sync vdir on an interval). */
    record SyncSection(String vdir, String every) {
    }

    TriageSettings settings() {
        return (triage == null ? TriageSettings.defaults() : triage)
                .withTemplates(templates == null ? MessageTemplates.defaults() : templates);
    }

    NeedleConfig config() {
        return new NeedleConfig(settings(), Optional.ofNullable(budget));
    }
}
