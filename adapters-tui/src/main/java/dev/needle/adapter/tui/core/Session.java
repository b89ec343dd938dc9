package dev.needle.adapter.tui.core;

import dev.needle.adapter.tui.TuiUseCases;
import dev.needle.domain.triage.MessageTemplates;

/**
 * What a screen may use while handling a key: the use cases, how many rows a page has now, and the
 * configured message templates (for answers that differ from the verdict's own suggestion).
 */
public record Session(TuiUseCases useCases, int pageSize, MessageTemplates templates) {
    public Session {
        pageSize = Math.max(1, pageSize);
        templates = templates == null ? MessageTemplates.defaults() : templates;
    }
}
