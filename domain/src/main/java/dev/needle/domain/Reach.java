package dev.needle.domain;

import java.util.List;
import java.util.Locale;

/** Ways to reach a person. Emails are kept as typed but compared without case. */
public record Reach(List<String> emails, List<String> phones, List<String> urls) {
    public static final Reach NONE = new Reach(List.of(), List.of(), List.of());

    public Reach {
        emails = clean("email", emails, 254);
        for (String email : emails) {
            int at = email.indexOf('@');
            if (at <= 0 || at == email.length() - 1 || email.chars().anyMatch(Character::isWhitespace)) {
                throw new InvalidValueException("email", "\"" + email + "\" is not an email address.");
            }
        }
        phones = clean("phone", phones, 40);
        urls = clean("url", urls, 500);
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

    private static List<String> clean(String field, List<String> values, int max) {
        return Check.list(field, values).stream()
                .map(v -> Check.optional(field, v, max))
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList();
    }
}
