package dev.needle.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One thing that makes two records the same person although neither carries a shared id: the same
 * email (any case), the same profile URL (any scheme, with or without "www." or a trailing slash),
 * or the same name at the same company. Real exports rarely carry ids, so these are what is left.
 * A record named after its company (a row with no person's name: the front desk, billing) is no
 * person: its company says nothing of who it is, so only its emails, URLs and phones are its keys.
 */
public record DuplicateKey(Kind kind, String value, String shown) {

    /** Strongest first: the order in which a match is looked for. */
    public enum Kind { EMAIL, PROFILE_URL, PHONE, NAME_AND_COMPANY }

    public DuplicateKey {
        Check.notNull("kind", kind);
        Check.notNull("value", value);
        Check.notNull("shown", shown);
    }

    /** Equality ignores how the key was written; only kind and normalized value tell keys apart. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DuplicateKey key && key.kind == kind && key.value.equals(value);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + value.hashCode();
    }

    public static DuplicateKey email(String email) {
        return new DuplicateKey(Kind.EMAIL, email.strip().toLowerCase(Locale.ROOT), email.strip());
    }

    public static DuplicateKey profileUrl(String url) {
        return new DuplicateKey(Kind.PROFILE_URL, normalizedUrl(url), url.strip());
    }

    /**
     * A phone number by its last nine digits, so +44 7700 900123 and 07700 900123 meet; empty with
     * fewer than seven digits, which are an extension or a typo, not a number two records could share.
     */
    public static Optional<DuplicateKey> phone(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < SHORTEST_PHONE) {
            return Optional.empty();
        }
        String last = digits.length() <= PHONE_DIGITS ? digits : digits.substring(digits.length() - PHONE_DIGITS);
        return Optional.of(new DuplicateKey(Kind.PHONE, last, phone.strip()));
    }

    private static final int PHONE_DIGITS = 9;
    private static final int SHORTEST_PHONE = 7;

    /**
     * Empty when either part is blank (a bare name is too common to decide that two people are one),
     * or when the name is the company's: two rows of one company are not one person for that.
     */
    public static List<DuplicateKey> nameAndCompany(String name, String company) {
        String folded = SearchText.fold(name);
        String companyKey = CompanyName.key(company == null ? "" : company);
        if (folded.isEmpty() || companyKey.isEmpty() || companyKey.equals(CompanyName.key(name))) {
            return List.of();
        }
        return List.of(new DuplicateKey(Kind.NAME_AND_COMPANY, folded + "\u0000" + companyKey,
                name.strip() + " at " + company.strip()));
    }

    /**
     * Every key of a person, strongest first. Phones are keys only of a record named after its company:
     * people share an office's or a family's number, while a business row is that number.
     */
    public static List<DuplicateKey> of(String name, String company, Reach reach) {
        List<DuplicateKey> keys = new ArrayList<>();
        reach.emails().forEach(email -> keys.add(email(email)));
        reach.urls().forEach(url -> keys.add(profileUrl(url)));
        if (namedAfterCompany(name, company)) {
            reach.phones().forEach(phone -> phone(phone).ifPresent(keys::add));
        } else {
            keys.addAll(nameAndCompany(name, company));
        }
        return keys;
    }

    /** Whether the name is the company's own, as the import names a row that has no person's name. */
    public static boolean namedAfterCompany(String name, String company) {
        String companyKey = CompanyName.key(company == null ? "" : company);
        return !companyKey.isEmpty() && companyKey.equals(CompanyName.key(name));
    }

    public static List<DuplicateKey> of(Contact contact) {
        return of(contact.name(), contact.company(), contact.reach());
    }

    /**
     * A LinkedIn member page ({@code linkedin.com/in/…}): LinkedIn gives each member exactly one, so
     * two different ones are two different people, however alike their names.
     */
    public boolean isLinkedInProfile() {
        return kind == Kind.PROFILE_URL && value.startsWith(LINKEDIN_PROFILE);
    }

    private static final String LINKEDIN_PROFILE = "linkedin.com/in/";

    /** Why two records were taken for one person, in words for an import report. */
    public String reason() {
        return switch (kind) {
            case EMAIL -> "same email " + shown;
            case PROFILE_URL -> "same profile URL " + shown;
            case PHONE -> "same phone " + shown;
            case NAME_AND_COMPANY -> "same name and company (" + shown + ")";
        };
    }

    /**
     * Scheme, "www.", host case, query-free trailing slashes and a fragment do not change whose page it
     * is; nor does the country LinkedIn put in front of its host (uk.linkedin.com).
     */
    static String normalizedUrl(String url) {
        String rest = url.strip();
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            rest = rest.substring(scheme + 3);
        }
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int slash = rest.indexOf('/');
        String host = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
        String path = slash < 0 ? "" : rest.substring(slash);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (host.endsWith(".linkedin.com")) {
            host = "linkedin.com";
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return host + path;
    }
}
