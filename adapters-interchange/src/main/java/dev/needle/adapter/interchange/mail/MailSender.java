package dev.needle.adapter.interchange.mail;

import dev.needle.adapter.interchange.InterchangeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sender of a mail message (RFC 5322), as a mail client pipes it: the {@code From:} header,
 * unfolded, its encoded words (RFC 2047) decoded, split into a display name and an address. Only the
 * header is read, and at most {@link #MAX_HEADER_BYTES} of it, so a huge or endless message on stdin
 * is refused quickly rather than held in memory.
 */
public final class MailSender {
    /** Far above any real header block; attachments come after it and are never read. */
    public static final int MAX_HEADER_BYTES = 1 << 20;

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");
    private static final Pattern ANGLE = Pattern.compile("^(.*?)<\\s*([^<>\\s]+@[^<>\\s]+)\\s*>");
    private static final Pattern COMMENT = Pattern.compile("^([^\\s()<>,]+@[^\\s()<>,]+)\\s*\\((.*)\\)");
    private static final Pattern BARE = Pattern.compile("^([^\\s()<>,\"]+@[^\\s()<>,\"]+)");

    /** Who sent the message: a name (blank when the header gives none) and an address. */
    public record Sender(String name, String email) {
    }

    private MailSender() {
    }

    /** The sender of the message read from {@code in}; {@code source} names it in messages ("stdin"). */
    public static Sender read(InputStream in, String source) throws IOException {
        String from = header(headerBlock(in, source), "From")
                .orElseThrow(() -> new InterchangeException(source + ": no From: header; is this a mail message?"));
        return parse(decode(from)).orElseThrow(() -> new InterchangeException(
                source + ": the From: header holds no address"));
    }

    /** The header lines up to the first empty line, in bytes (headers are ASCII, or UTF-8 by RFC 6532). */
    static String headerBlock(InputStream in, String source) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        int previous = -1;
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n' && (previous == '\n')) {
                break;
            }
            if (b != '\r') {
                header.write(b);
                previous = b;
            }
            if (header.size() > MAX_HEADER_BYTES) {
                throw new InterchangeException(source + ": the message header is over "
                        + MAX_HEADER_BYTES / (1 << 20) + " MB; not a mail message?");
            }
        }
        return header.toString(StandardCharsets.UTF_8);
    }

    /** The first header of this name, its continuation lines joined (unfolded). */
    static Optional<String> header(String block, String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        List<String> lines = block.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).toLowerCase(Locale.ROOT).startsWith(prefix)) {
                StringBuilder value = new StringBuilder(lines.get(i).substring(prefix.length()));
                while (i + 1 < lines.size() && !lines.get(i + 1).isEmpty()
                        && (lines.get(i + 1).charAt(0) == ' ' || lines.get(i + 1).charAt(0) == '\t')) {
                    value.append(' ').append(lines.get(++i).strip());
                }
                return Optional.of(value.toString().strip());
            }
        }
        return Optional.empty();
    }

    /** Decodes RFC 2047 encoded words; whitespace between two adjacent encoded words is dropped, as the RFC says. */
    static String decode(String value) {
        StringBuilder out = new StringBuilder();
        Matcher m = ENCODED_WORD.matcher(value);
        int last = 0;
        boolean previousEncoded = false;
        while (m.find()) {
            String between = value.substring(last, m.start());
            if (!(previousEncoded && between.isBlank())) {
                out.append(between);
            }
            out.append(decodeWord(m.group(1), m.group(2), m.group(3)).orElse(m.group()));
            last = m.end();
            previousEncoded = true;
        }
        return out.append(value.substring(last)).toString();
    }

    private static Optional<String> decodeWord(String charsetName, String encoding, String text) {
        try {
            // RFC 2231 allows a language after '*': "UTF-8*en".
            Charset charset = Charset.forName(charsetName.replaceFirst("\\*.*", ""));
            byte[] bytes = encoding.equalsIgnoreCase("B") ? Base64.getMimeDecoder().decode(text) : quoted(text);
            return Optional.of(new String(bytes, charset));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an unknown charset or broken base64 is left as written
        }
    }

    private static byte[] quoted(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && i + 2 < text.length()) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    /** {@code "Name" <a@b>}, {@code Name <a@b>}, {@code a@b (Name)} or {@code a@b}; the first address of a list. */
    static Optional<Sender> parse(String from) {
        String value = from.strip();
        Matcher angle = ANGLE.matcher(value);
        if (angle.find()) {
            return Optional.of(new Sender(unquote(angle.group(1)), angle.group(2)));
        }
        Matcher comment = COMMENT.matcher(value);
        if (comment.find()) {
            return Optional.of(new Sender(unquote(comment.group(2)), comment.group(1)));
        }
        Matcher bare = BARE.matcher(value);
        return bare.find() ? Optional.of(new Sender("", bare.group(1))) : Optional.empty();
    }

    private static String unquote(String name) {
        String text = name.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        List<String> words = new ArrayList<>(List.of(text.strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        return String.join(" ", words);
    }
}
