package dev.needle.adapter.interchange.mail;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.application.port.in.MailAddress;
import dev.needle.application.port.in.MailMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers of one message that logging reads, from its header block: unfolded, encoded words
 * (RFC 2047) decoded, address lists split into names and addresses. The thread is the first Message-ID
 * of References, else In-Reply-To, else the message's own: taken from the message alone, so it is the
 * same whichever mails are read with it, and a second run finds the keys of the first.
 */
final class MailHeaders {
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern COMMENT = Pattern.compile("\\([^()]*\\)");
    /** Old zone names RFC 5322 still accepts (section 4.3). */
    private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"),
            Map.entry("GMT", "+0000"), Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"),
            Map.entry("CDT", "-0500"), Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"),
            Map.entry("PDT", "-0700"));

    private MailHeaders() {
    }

    /** The message in {@code block}; {@code where} names it in a refusal ("a/cur/123", "box: message 4 (line 80)"). */
    static MailMessage read(String block, String where, ZoneId zone) {
        Map<String, String> headers = unfold(block);
        String fromText = headers.get("from");
        if (fromText == null) {
            throw new InterchangeException(where + ": no From: header; is this a mail message?");
        }
        MailAddress from = addresses(fromText).stream().findFirst().orElseThrow(() ->
                new InterchangeException(where + ": the From: header holds no address"));
        String dateText = headers.get("date");
        if (dateText == null) {
            throw new InterchangeException(where + ": no Date: header, so Needle cannot tell the day of this message");
        }
        LocalDateTime sent = date(dateText, zone).orElseThrow(() -> new InterchangeException(
                where + ": the Date: header \"" + dateText + "\" is not a date Needle can read"));
        Optional<String> messageId = firstId(headers.get("message-id"));
        String subject = MailSender.decode(headers.getOrDefault("subject", ""));
        String thread = firstId(headers.get("references"))
                .or(() -> firstId(headers.get("in-reply-to")))
                .or(() -> messageId)
                .orElseGet(() -> "no-id-" + digest(from.key() + "|" + dateText + "|" + subject));
        return new MailMessage(where, messageId, thread, sent, from, addresses(headers.getOrDefault("to", "")),
                addresses(headers.getOrDefault("cc", "")), subject, new MailMessage.Automation(
                headers.get("list-id"), headers.get("list-unsubscribe"), headers.get("precedence"),
                headers.get("auto-submitted")));
    }

    /** Each header's first occurrence, lower-case name to value, continuation lines joined. */
    static Map<String, String> unfold(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                if (name != null) {
                    value.append(' ').append(line.strip());
                }
                continue;
            }
            if (name != null) {
                headers.putIfAbsent(name, value.toString().strip());
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(0, colon).contains(" ")) {
                name = null; // not a header line ("From " of an mbox, or garbage): ignored
                continue;
            }
            name = line.substring(0, colon).toLowerCase(Locale.ROOT);
            value.setLength(0);
            value.append(line.substring(colon + 1));
        }
        if (name != null) {
            headers.putIfAbsent(name, value.toString().strip());
        }
        return headers;
    }

    /** The addresses of a To:, Cc: or From: header, split at commas outside quotes, angle brackets and comments. */
    static List<MailAddress> addresses(String header) {
        List<MailAddress> found = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        int angle = 0;
        int paren = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\\' && quoted && i + 1 < header.length()) {
                part.append(c).append(header.charAt(++i));
                continue;
            }
            if (c == '"' && paren == 0) {
                quoted = !quoted;
            } else if (!quoted && c == '<') {
                angle++;
            } else if (!quoted && c == '>' && angle > 0) {
                angle--;
            } else if (!quoted && c == '(') {
                paren++;
            } else if (!quoted && c == ')' && paren > 0) {
                paren--;
            } else if (c == ',' && !quoted && angle == 0 && paren == 0) {
                add(part.toString(), found);
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        add(part.toString(), found);
        return found;
    }

    private static void add(String part, List<MailAddress> found) {
        // A group ("Team: a@b, c@d;") keeps its members; its name is no address.
        String text = part.replaceFirst("^[^\"<>@,]*:\\s*", "").replaceFirst(";\\s*$", "");
        if (!text.isBlank()) {
            MailSender.parse(MailSender.decode(text)).ifPresent(sender ->
                    found.add(new MailAddress(sender.name(), sender.email())));
        }
    }

    /** An RFC 5322 date ("Tue, 3 Mar 2026 09:15:00 +0100 (CET)", some mailers write "9:15"), in the user's zone. */
    static Optional<LocalDateTime> date(String text, ZoneId zone) {
        String value = COMMENT.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
        Matcher named = Pattern.compile("\\s([A-Za-z]{1,3})$").matcher(value);
        if (named.find() && ZONES.containsKey(named.group(1).toUpperCase(Locale.ROOT))) {
            value = value.substring(0, named.start()) + " " + ZONES.get(named.group(1).toUpperCase(Locale.ROOT));
        }
        value = value.replaceFirst("^[A-Za-z]{3},\\s*", "");
        for (String pattern : List.of("d MMM yyyy H:mm:ss Z", "d MMM yyyy H:mm Z")) {
            try {
                return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH))
                        .withZoneSameInstant(zone).toLocalDateTime());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstId(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = MESSAGE_ID.matcher(header);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
