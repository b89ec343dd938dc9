package dev.needle.bench.data;

import dev.needle.domain.Contact;
import dev.needle.domain.Tag;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Writes people as one address book exported from several programs over the years: vCard 3.0 cards
 * (phones and CardDAV servers) beside 2.1 (old phones, Outlook; quoted-printable text) and 4.0, each
 * with its own way of labelling emails and phones, UIDs that are random as other programs make them
 * (or none, in 2.1), one card in twelve with a photo of a few kilobytes (and some Google cards with a photo's address), addresses, birthdays and
 * categories for some, and one person in thirty-three exported twice (the same email, a phone more)
 * so an import merges them. The same seed always writes the same file.
 */
final class VCardBook {
    private static final String CRLF = "\r\n";
    private final Random random;
    private final Writer out;

    private VCardBook(long seed, Writer out) {
        this.random = new Random(seed);
        this.out = out;
    }

    static void write(List<Contact> people, long seed, Writer out) throws IOException {
        VCardBook book = new VCardBook(seed, out);
        List<Contact> again = new ArrayList<>();
        for (Contact person : people) {
            book.card(person, List.of());
            if (!person.reach().emails().isEmpty() && book.random.nextInt(33) == 0) {
                again.add(person);
            }
        }
        for (Contact person : again) {
            book.card(person, List.of("+49 170 " + (1_000_000 + book.random.nextInt(9_000_000))));
        }
    }

    private void card(Contact c, List<String> morePhones) throws IOException {
        int roll = random.nextInt(10);
        String version = roll < 2 ? "2.1" : roll < 7 ? "3.0" : "4.0";
        boolean old = version.equals("2.1");
        line("BEGIN:VCARD");
        line("VERSION:" + version);
        if (!old) {
            line("PRODID:" + (version.equals("3.0") ? "-//Apple Inc.//iPhone OS 17.4//EN" : "-//Nextcloud Contacts v6.0.2"));
            line("UID:" + new UUID(random.nextLong(), random.nextLong()));
        }
        int space = c.name().lastIndexOf(' ');
        String given = space < 0 ? c.name() : c.name().substring(0, space);
        String family = space < 0 ? "" : c.name().substring(space + 1);
        text(version, "N", escape(family) + ";" + escape(given) + ";;;");
        text(version, "FN", escape(c.name()));
        if (!c.company().isEmpty()) {
            text(version, "ORG", escape(c.company()) + (random.nextInt(4) == 0 ? ";" + escape(c.role()) + " team" : ""));
        }
        if (!c.role().isEmpty()) {
            text(version, "TITLE", escape(c.role()));
        }
        List<String> emails = c.reach().emails();
        for (int i = 0; i < emails.size(); i++) {
            String kind = i == 0 ? "WORK" : "HOME";
            line(switch (version) {
                case "2.1" -> "EMAIL;INTERNET;" + kind + (i == 0 ? ";PREF" : "");
                case "3.0" -> "EMAIL;type=INTERNET;type=" + kind + (i == 0 ? ";type=pref" : "");
                default -> "EMAIL;TYPE=" + kind.toLowerCase(java.util.Locale.ROOT) + (i == 0 ? ";PREF=1" : "");
            } + ":" + emails.get(i));
        }
        List<String> phones = new ArrayList<>(c.reach().phones());
        phones.addAll(morePhones);
        for (int i = 0; i < phones.size(); i++) {
            String kind = i % 3 == 0 ? "CELL" : i % 3 == 1 ? "WORK" : "HOME";
            line(switch (version) {
                case "2.1" -> "TEL;" + kind + (kind.equals("CELL") ? "" : ";VOICE");
                case "3.0" -> "TEL;type=" + kind + ";type=VOICE" + (i == 0 ? ";type=pref" : "");
                default -> "TEL;TYPE=" + kind.toLowerCase(java.util.Locale.ROOT) + ",voice;VALUE=text";
            } + ":" + phones.get(i));
        }
        for (String url : c.reach().urls()) {
            if (version.equals("3.0") && url.contains("linkedin")) {
                line("item1.URL;type=pref:" + url);
                line("item1.X-ABLabel:LinkedIn");
            } else {
                line("URL:" + url);
            }
        }
        if (random.nextInt(10) < 3) {
            text(version, "ADR;" + (old ? "HOME" : "TYPE=home"), ";;" + (1 + random.nextInt(200)) + " "
                    + escape(Vocabulary.pick(Vocabulary.PLACES, random)) + "straße;"
                    + escape(Vocabulary.pick(Vocabulary.PLACES, random)) + ";;" + (10_000 + random.nextInt(89_999)) + ";");
        }
        if (random.nextInt(100) < 15) {
            String day = (1950 + random.nextInt(50)) + "-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28));
            line("BDAY:" + (version.equals("4.0") ? day.replace("-", "") : day));
        }
        if (!old && random.nextInt(20) == 0) {
            line("NICKNAME:" + escape(c.firstName()) + "y");
        }
        if (!c.offers().isEmpty() && random.nextInt(4) == 0) {
            List<String> names = c.offers().stream().map(Tag::value).sorted().toList();
            text(version, "CATEGORIES", String.join(",", names));
        }
        if (!c.notes().isEmpty()) {
            text(version, "NOTE", escape(c.notes()));
        }
        if (random.nextInt(12) == 0) {
            photo(version);
        } else if (version.equals("3.0") && random.nextInt(8) == 0) {
            line("PHOTO;VALUE=uri:https://lh3.googleusercontent.com/contacts/" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
        }
        if (!old) {
            line("REV:" + (2015 + random.nextInt(11)) + "-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28))
                    + "T10:" + two(random.nextInt(60)) + ":00Z");
        }
        line("END:VCARD");
    }

    /** A thumbnail-sized run of random bytes behind a JPEG header, 2 to 8 KB, written as each version writes photos. */
    private void photo(String version) throws IOException {
        byte[] bytes = new byte[2_000 + random.nextInt(6_000)];
        random.nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        String data = Base64.getEncoder().encodeToString(bytes);
        switch (version) {
            case "2.1" -> {
                // 2.1 folds base64 at any width and ends the value with an empty line.
                out.write("PHOTO;ENCODING=BASE64;TYPE=JPEG:" + CRLF);
                for (int i = 0; i < data.length(); i += 72) {
                    out.write("  " + data.substring(i, Math.min(data.length(), i + 72)) + CRLF);
                }
                out.write(CRLF);
            }
            case "3.0" -> folded("PHOTO;ENCODING=b;TYPE=JPEG:" + data);
            default -> folded("PHOTO:data:image/jpeg;base64," + data);
        }
    }

    /**
     * A text property: 2.1 writes non-ASCII and line breaks as quoted-printable UTF-8, the others
     * escape and fold at 75 octets.
     */
    private void text(String version, String name, String value) throws IOException {
        if (version.equals("2.1") && (value.contains("\\n") || !value.chars().allMatch(ch -> ch >= 32 && ch < 127))) {
            String plain = value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";");
            // In 2.1 only the semicolons between the parts of N and ADR stay as they are.
            out.write(name + ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + quotedPrintable(plain) + CRLF);
        } else if (version.equals("2.1")) {
            out.write(name + ":" + value.replace("\\,", ",") + CRLF);
        } else {
            folded(name + ":" + value);
        }
    }

    private static String quotedPrintable(String value) {
        StringBuilder out = new StringBuilder();
        int width = 0;
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            String piece = c >= 33 && c <= 126 && c != '=' || c == ' ' ? String.valueOf((char) c)
                    : c == '\n' ? "=0D=0A" : String.format("=%02X", c);
            if (width + piece.length() > 73) {
                out.append('=').append(CRLF);
                width = 0;
            }
            out.append(piece);
            width += piece.length();
        }
        return out.toString();
    }

    /** Folds at 75 octets without cutting a character in two. */
    private void folded(String text) throws IOException {
        int octets = 0;
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + size > 75) {
                out.write(line.append(CRLF).toString());
                line.setLength(0);
                line.append(' ');
                octets = 1;
            }
            line.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.write(line.append(CRLF).toString());
    }

    private void line(String text) throws IOException {
        folded(text);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n");
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
