package dev.needle.app;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.needle.domain.PrintableText;

/**
 * A logged exception's stack trace ({@code %cleanEx}), each line cleaned like the message: an
 * exception's message often quotes the input that caused it. The trace keeps its own lines and
 * the tabs that indent them.
 */
public final class PrintableLogThrowable extends ThrowableProxyConverter {
    /** The conversion word logback.xml and {@link FileLogConfigurator} use for it. */
    static final String WORD = "cleanEx";

    @Override
    public String convert(ILoggingEvent event) {
        String trace = super.convert(event);
        if (trace.isEmpty()) {
            return trace;
        }
        StringBuilder out = new StringBuilder(trace.length());
        for (String line : trace.split("\\R", -1)) {
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == '\t') {
                indent++;
            }
            if (out.length() > 0) {
                out.append(System.lineSeparator());
            }
            out.append(line, 0, indent).append(PrintableText.line(line.substring(indent)));
        }
        return out.toString();
    }
}
