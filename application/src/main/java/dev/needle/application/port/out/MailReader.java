package dev.needle.application.port.out;

import dev.needle.application.port.in.LogMailUseCase;
import dev.needle.application.port.in.MailMessage;
import java.util.List;

/**
 * Reads the headers of every message in a mail source. A source that cannot be read, or a message whose
 * From: or Date: cannot, stops the read with a message naming the file and the message.
 */
public interface MailReader {
    List<MailMessage> read(LogMailUseCase.Source source);
}
