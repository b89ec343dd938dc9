package dev.needle.app;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.needle.domain.PrintableText;

/**
 * The log line's message ({@code %cleanMsg}), cleaned by the rule every output follows: messages
 * quote user names from SSH clients, file names and what files hold, and someone reading the log
 * with {@code cat} or {@code tail -f} must not have their terminal taken over. One line per entry,
 * so a message cannot forge the next.
 */
public final class PrintableLogMessage extends MessageConverter {
    /** The conversion word logback.xml and {@link FileLogConfigurator} use for it. */
    static final String WORD = "cleanMsg";

    @Override
    public String convert(ILoggingEvent event) {
        return PrintableText.line(super.convert(event));
    }
}
