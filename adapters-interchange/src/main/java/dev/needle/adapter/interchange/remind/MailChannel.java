package dev.needle.adapter.interchange.remind;

import dev.needle.application.port.out.ReminderChannel;
import dev.needle.domain.ReminderDigest;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The digest as one plain-text mail, handed to a local mail program ({@code sendmail}, {@code msmtp},
 * or any that takes the message on standard input and the recipient as its last argument).
 */
public final class MailChannel implements ReminderChannel {
    private final List<String> command;
    private final String to;
    private final Optional<String> from;
    private final ExternalCommand runner;
    private final ZonedDateTime sentAt;

    /** {@code command} as configured ("sendmail -oi"); the recipient is added as its last argument. */
    public MailChannel(List<String> command, String to, Optional<String> from, Map<String, String> environment,
                       ZonedDateTime sentAt) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("A mail command names at least the program.");
        }
        this.command = List.copyOf(command);
        this.to = to;
        this.from = from;
        this.runner = new ExternalCommand(environment);
        this.sentAt = sentAt;
    }

    @Override
    public void send(ReminderDigest digest) {
        List<String> line = new ArrayList<>(command);
        line.add(to);
        runner.run(line, message(digest).getBytes(StandardCharsets.UTF_8));
    }

    /** The message: headers (the subject encoded when it is not plain ASCII, RFC 2047), a blank line, the body. */
    String message(ReminderDigest digest) {
        StringBuilder m = new StringBuilder();
        from.ifPresent(f -> m.append("From: ").append(f).append("\r\n"));
        m.append("To: ").append(to).append("\r\n");
        m.append("Subject: ").append(header(digest.subject())).append("\r\n");
        m.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(sentAt)).append("\r\n");
        m.append("MIME-Version: 1.0\r\n");
        m.append("Content-Type: text/plain; charset=UTF-8\r\n");
        m.append("Content-Transfer-Encoding: 8bit\r\n");
        m.append("Auto-Submitted: auto-generated\r\n");
        m.append("\r\n");
        digest.body().lines().forEach(l -> m.append(l).append("\r\n"));
        return m.toString();
    }

    private static String header(String text) {
        String oneLine = text.replaceAll("[\\r\\n]+", " ");
        if (oneLine.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return oneLine;
        }
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(oneLine.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
