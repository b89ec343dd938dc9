package dev.needle.application.service;

import dev.needle.application.port.in.ExportPrepSheetUseCase;
import dev.needle.application.port.in.PrepareEventUseCase;
import dev.needle.domain.EventId;

/** Writes an event's prep sheet as Markdown, for the UI's export and {@code needle prep}, or as plain text for calendars. */
public final class ExportPrepSheetService implements ExportPrepSheetUseCase {
    private final PrepareEventUseCase prepare;

    public ExportPrepSheetService(PrepareEventUseCase prepare) {
        this.prepare = prepare;
    }

    @Override
    public String markdown(EventId event) {
        return PrepSheetDocument.markdown(prepare.prepare(event));
    }

    @Override
    public String plainText(EventId event) {
        return PrepSheetDocument.plainText(prepare.prepare(event));
    }
}
