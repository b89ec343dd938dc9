package dev.needle.application.port.out;

import dev.needle.application.port.in.LogMailUseCase;
import dev.needle.application.port.in.MailMessage;
import java.util.List;

/**
 * Reads the headers of every message in a mail source. A source that cannot be read at all stops the
 * read with a message naming it; a single message whose From: or Date: cannot be read is left out and
 * named among the unreadable, since real mailboxes hold the odd draft or bounce without them.
 */
public interface MailReader {
    Read read(LogMailUseCase.Source source);

    /** The messages read, and one line per message left out ("FILE: message 3 (line 40): no Date: header…"). */
    record Read(List<MailMessage> messages, List<String> unreadable) {
        public Read {
            messages = List.copyOf(messages);
            unreadable = List.copyOf(unreadable);
        }

        /** Every message read, none left out. */
        public static Read all(List<MailMessage> messages) {
            return new Read(messages, List.of());
        }
    }
}
