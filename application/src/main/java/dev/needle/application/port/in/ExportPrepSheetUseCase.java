package dev.needle.application.port.in;

import dev.needle.domain.EventId;

/** An event's prep sheet as a Markdown document, to print or carry on a phone. */
public interface ExportPrepSheetUseCase {
    String markdown(EventId event);
}
