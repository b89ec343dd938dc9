package dev.needle.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How to name people in a list of lines read away from Needle (a reminder, a script's output), so two
 * people with one name are never the same line: a shared name gets the company ("Sarah Costa of
 * Acme"), a shared name and company the role too, and people with neither the first email.
 */
public final class Namesakes {
    private final Map<String, Integer> byName = new HashMap<>();
    private final Map<String, Integer> byNameAndCompany = new HashMap<>();
    private final Map<String, Integer> byNameCompanyAndRole = new HashMap<>();

    private Namesakes() {
    }

    /** Knows who shares a name among {@code people}; someone listed twice shares it with no one. */
    public static Namesakes among(Collection<Contact> people) {
        Namesakes namesakes = new Namesakes();
        Set<ContactId> seen = new HashSet<>();
        for (Contact person : people) {
            if (seen.add(person.id())) {
                namesakes.byName.merge(folded(person.name()), 1, Integer::sum);
                namesakes.byNameAndCompany.merge(folded(person.name()) + "\n" + folded(person.company()), 1, Integer::sum);
                namesakes.byNameCompanyAndRole.merge(withRole(person), 1, Integer::sum);
            }
        }
        return namesakes;
    }

    /** {@code person}'s name, with what tells them apart from the others of that name in the list. */
    public String nameOf(Contact person) {
        String name = person.name();
        if (byName.getOrDefault(folded(name), 0) < 2) {
            return name;
        }
        boolean companyTells = !person.company().isBlank()
                && byNameAndCompany.getOrDefault(folded(name) + "\n" + folded(person.company()), 0) < 2;
        if (companyTells) {
            return name + " of " + person.company();
        }
        if (!person.role().isBlank()) {
            return name + ", " + person.role() + (person.company().isBlank() ? "" : " of " + person.company());
        }
        return person.reach().emails().stream().findFirst().map(email -> name + " <" + email + ">")
                .or(() -> person.reach().phones().stream().findFirst().map(phone -> name + ", " + phone))
                .orElse(person.company().isBlank() || namedAfterCompany(person) ? name : name + " of " + person.company());
    }

    /**
     * What a list shows where the name goes, when its rows show the company and the role beside it: the
     * name, unless others in the list share name, company and role; then what tells them apart, their
     * first email or else phone. A company's own card (Google's "Acme GmbH" with only an ORG) shows that
     * alone, its row naming the company already; a person shows it after their name.
     */
    public String listedName(Contact person) {
        String name = person.name();
        if (byNameCompanyAndRole.getOrDefault(withRole(person), 0) < 2) {
            return name;
        }
        Optional<String> tells = person.reach().emails().stream().findFirst()
                .or(() -> person.reach().phones().stream().findFirst());
        if (tells.isEmpty()) {
            return name;
        }
        return namedAfterCompany(person) ? tells.get() : name + " (" + tells.get() + ")";
    }

    /** A card for a company rather than a person: it is named after its own company. */
    private static boolean namedAfterCompany(Contact person) {
        return CompanyName.same(person.name(), person.company());
    }

    private static String withRole(Contact person) {
        return folded(person.name()) + "\n" + folded(person.company()) + "\n" + folded(person.role());
    }

    private static String folded(String text) {
        return Check.collapseWhitespace(text.strip()).toLowerCase(Locale.ROOT);
    }
}
