package dev.needle.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Ways to reach a person. Emails are kept as typed but compared without case. */
public record Reach(List<String> emails, List<String> phones, List<String> urls) {
    public static final Reach NONE = new Reach(List.of(), List.of(), List.of());

    public Reach {
        emails = clean("email", emails, 254);
        for (String email : emails) {
            int at = email.indexOf('@');
            if (at <= 0 || at == email.length() - 1 || hasWhitespace(email)) {
                throw new InvalidValueException("email", "\"" + email + "\" is not an email address.");
            }
        }
        phones = clean("phone", phones, 40);
        urls = clean("url", urls, 500);
    }

    /** A loop, not a stream: a whole address book read back checks every email of every person. */
    private static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static Reach email(String email) {
        return new Reach(List.of(email), List.of(), List.of());
    }

    public boolean hasEmail(String email) {
        String wanted = email.strip().toLowerCase(Locale.ROOT);
        return emails.stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).equals(wanted));
    }

    public boolean isEmpty() {
        return emails.isEmpty() && phones.isEmpty() && urls.isEmpty();
    }

    /** Stripped, blanks dropped, repeats dropped, order kept. A loop: imports build one Reach per record. */
    private static List<String> clean(String field, List<String> values, int max) {
        List<String> given = Check.list(field, values);
        if (given.isEmpty()) {
            return List.of();
        }
        if (given.size() == 1) {
            String text = Check.optional(field, given.get(0), max);
            return text.isEmpty() ? List.of() : List.of(text);
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String value : given) {
            String text = Check.optional(field, value, max);
            if (!text.isEmpty()) {
                kept.add(text);
            }
        }
        return List.copyOf(kept);
    }
}
