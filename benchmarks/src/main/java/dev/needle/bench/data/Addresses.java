package dev.needle.bench.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Emails, phones and web addresses as people collect them: several of each for some, none for
 * others, written the many ways people type them. Every address carries the person's number, so two
 * namesakes never share one (they would be merged as one person).
 */
final class Addresses {
    private static final List<String> MAIL_HOSTS = List.of("gmail.com", "posteo.de", "mail.ru", "yahoo.co.jp",
            "outlook.com", "icloud.com", "proton.me", "web.de", "gmx.net", "free.fr");
    private static final String[] PHONE_FORMATS = {"+49 30 %07d", "(%03d) %03d-%04d", "+1-%03d-%03d-%04d", "0%d %06d",
            "+33 6 %02d %02d %02d %02d", "+81 90-%04d-%04d", "+44 7700 %06d", "%03d.%03d.%04d"};

    private Addresses() {
    }

    /** None (a fifth), one (most), two or three: a work address at the company, the others personal. */
    static List<String> emails(Random random, String name, String company, int index) {
        int roll = random.nextInt(100);
        int count = roll < 20 ? 0 : roll < 65 ? 1 : roll < 90 ? 2 : 3;
        List<String> emails = new ArrayList<>(count);
        String local = slug(name, ".", "contact") + "." + Integer.toString(index, 36);
        for (int i = 0; i < count; i++) {
            String host = i == 0 ? slug(company, "", "company" + Math.abs(company.hashCode() % 100)) + ".com"
                    : MAIL_HOSTS.get(random.nextInt(MAIL_HOSTS.size()));
            emails.add((i == 2 ? "old." : "") + local + "@" + host);
        }
        return emails;
    }

    /** None (a third), one, two or three, in formats from several countries. */
    static List<String> phones(Random random) {
        int roll = random.nextInt(100);
        int count = roll < 35 ? 0 : roll < 75 ? 1 : roll < 95 ? 2 : 3;
        List<String> phones = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String format = PHONE_FORMATS[random.nextInt(PHONE_FORMATS.length)];
            Object[] parts = new Object[4];
            for (int p = 0; p < parts.length; p++) {
                parts[p] = random.nextInt(10_000);
            }
            parts[0] = 100 + random.nextInt(900);
            phones.add(String.format(Locale.ROOT, format, parts[0], parts[1], parts[2], parts[3]));
        }
        return phones;
    }

    /** A LinkedIn profile for most (its slug made of the name, as LinkedIn makes them), a website for a few. */
    static List<String> urls(Random random, String name, int index) {
        List<String> urls = new ArrayList<>(2);
        if (random.nextInt(100) < 60) {
            urls.add(linkedIn(name, index));
        }
        if (random.nextInt(100) < 8) {
            urls.add("https://" + slug(name, "", "home") + Integer.toString(index, 36) + ".example.net/");
        }
        return urls;
    }

    /** The profile URL a person gets on LinkedIn: their name and a number that tells namesakes apart. */
    static String linkedIn(String name, int index) {
        return "https://www.linkedin.com/in/" + slug(name, "-", "member") + "-" + Long.toString(index * 2_654_435_761L
                % 1_000_000_007L, 36);
    }

    /** Lower-case ASCII words of {@code text} joined by {@code joiner}; {@code otherwise} for a name in another script. */
    static String slug(String text, String joiner, String otherwise) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(plain.length());
        boolean gap = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = Character.toLowerCase(plain.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && out.length() > 0) {
                    out.append(joiner);
                }
                out.append(c);
                gap = false;
            } else if (c == ' ' || c == '-' || c == '\'' || c == '&') {
                gap = true;
            }
        }
        return out.length() == 0 ? otherwise : out.toString();
    }
}
