package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.triage.MessageTemplates;
import dev.needle.domain.triage.TriageSettings;

/** The configuration file: triage settings and message templates, each optional. */
record ConfigDoc(TriageSettings triage, MessageTemplates templates) {
    TriageSettings settings() {
        return (triage == null ? TriageSettings.defaults() : triage)
                .withTemplates(templates == null ? MessageTemplates.defaults() : templates);
    }
}
