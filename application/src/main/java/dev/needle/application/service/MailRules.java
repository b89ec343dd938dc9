package dev.needle.application.service;

import dev.needle.application.port.in.MailMessage;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which messages are not conversations with a person, so logging skips them. A message is a list's
 * or a robot's when it has a List-Id or List-Unsubscribe header, Precedence bulk, list or junk, or an
 * Auto-Submitted header other than "no"; a sender is a robot when the part of its address before the @
 * says so (noreply, no-reply, donotreply, mailer-daemon, postmaster, bounce...).
 */
final class MailRules {
    static final String LIST = "mailing lists and newsletters";
    static final String AUTOMATIC = "automatic messages";
    static final String NO_REPLY = "no-reply senders";
    /** A message neither between you and a contact: from a stranger, or one a contact was only copied on. */
    static final String UNREADABLE = "messages without a readable From: or Date: header";
    static final String NOBODY_KNOWN = "not between you and someone you know";

    private static final Set<String> BULK = Set.of("bulk", "list", "junk");
    private static final Pattern ROBOT = Pattern.compile(
            "(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|postmaster|bounces?)([-+_.].*)?");

    private MailRules() {
    }

    /** Why the message is skipped whoever wrote it, when it is. */
    static Optional<String> automated(MailMessage message) {
        MailMessage.Automation a = message.automation();
        if (!a.listId().isEmpty() || !a.listUnsubscribe().isEmpty()
                || BULK.contains(a.precedence().toLowerCase(Locale.ROOT))) {
            return Optional.of(LIST);
        }
        if (!a.autoSubmitted().isEmpty() && !a.autoSubmitted().toLowerCase(Locale.ROOT).startsWith("no")) {
            return Optional.of(AUTOMATIC);
        }
        return Optional.empty();
    }

    /** Whether an address belongs to a robot nobody can answer. */
    static boolean isNoReply(String email) {
        int at = email.indexOf('@');
        String local = (at < 0 ? email : email.substring(0, at)).toLowerCase(Locale.ROOT);
        return ROBOT.matcher(local).matches();
    }

    /** The subject without the "Re:" and "Fwd:" a thread piles up. */
    static String topic(String subject) {
        String topic = subject.strip();
        String before;
        do {
            before = topic;
            topic = topic.replaceFirst("(?i)^(re|fwd?|aw|sv|wg)(\\[\\d+])?\\s*:\\s*", "");
        } while (!topic.equals(before));
        return topic.isEmpty() ? "(no subject)" : topic;
    }
}
