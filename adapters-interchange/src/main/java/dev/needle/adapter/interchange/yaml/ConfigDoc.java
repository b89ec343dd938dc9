package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.triage.MessageTemplates;
import dev.needle.domain.triage.TriageSettings;

/**
 * The configuration file: triage settings and message templates, each optional, and the database
 * section, which the application reads for itself; it is named here only so it counts as a known key.
 */
record ConfigDoc(TriageSettings triage, MessageTemplates templates, DatabaseSection database) {
    /** {@code database: {url, user, password}}; never read here, never echoed in an error. */
    record DatabaseSection(String url, String user, String password) {
    }

    TriageSettings settings() {
        return (triage == null ? TriageSettings.defaults() : triage)
                .withTemplates(templates == null ? MessageTemplates.defaults() : templates);
    }
}
