package dev.needle.application.port.in;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mail message as logging reads it, headers only. {@code where} names it for messages (a file, or an
 * mbox and the message's number); {@code threadId} is the Message-ID of the thread's first message (from
 * References or In-Reply-To, else its own). {@code sent} is the Date: header in the user's time zone.
 * The list and automation headers are kept as written, so the rules deciding what to skip live in one place.
 */
public record MailMessage(String where, Optional<String> messageId, String threadId, LocalDateTime sent,
                          MailAddress from, List<MailAddress> to, List<MailAddress> cc, String subject,
                          Automation automation) {
    /** The headers that tell a person's message from a list's or a robot's; blank when absent. */
    public record Automation(String listId, String listUnsubscribe, String precedence, String autoSubmitted) {
        public static final Automation NONE = new Automation("", "", "", "");

        public Automation {
            listId = listId == null ? "" : listId.strip();
            listUnsubscribe = listUnsubscribe == null ? "" : listUnsubscribe.strip();
            precedence = precedence == null ? "" : precedence.strip();
            autoSubmitted = autoSubmitted == null ? "" : autoSubmitted.strip();
        }
    }

    public MailMessage {
        Objects.requireNonNull(where, "where");
        messageId = messageId == null ? Optional.empty() : messageId;
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        subject = subject == null ? "" : subject.strip();
        automation = automation == null ? Automation.NONE : automation;
    }
}
