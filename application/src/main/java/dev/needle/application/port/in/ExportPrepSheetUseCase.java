package dev.needle.application.port.in;

import dev.needle.domain.EventId;

/** An event's prep sheet as a Markdown document, to print or carry on a phone. */
public interface ExportPrepSheetUseCase {
    String markdown(EventId event);

    /** The same sheet as plain text, for a calendar entry's description, where Markdown's marks would show. */
    String plainText(EventId event);
}
