package dev.needle.application.service;

import dev.needle.domain.NearSpelling;
import dev.needle.application.port.in.MergeDuplicatesUseCase.Shared;
import dev.needle.application.port.in.MergeDuplicatesUseCase.SuspectedDuplicate;
import dev.needle.domain.CompanyName;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.DuplicateKey;
import dev.needle.domain.SearchText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the pairs of contacts that may be one person, strongest reason first: the same email, the same
 * profile URL (as the import matches them), the same phone number, or names a typo or a middle name
 * apart at one company (unless both have LinkedIn profiles and they differ: then they are two people).
 */
final class SuspectedDuplicates {
    private SuspectedDuplicates() {
    }

    static List<SuspectedDuplicate> among(List<Contact> contacts) {
        Map<Pair, String> found = new LinkedHashMap<>();
        Map<ContactId, Contact> byId = new HashMap<>();
        contacts.forEach(c -> byId.put(c.id(), c));
        Map<String, List<Contact>> byKey = new LinkedHashMap<>();
        for (Contact contact : contacts) {
            for (DuplicateKey key : DuplicateKey.of(contact)) {
                // Phones are gathered below for everyone, not only for contacts named after their company.
                if (key.kind() == DuplicateKey.Kind.EMAIL || key.kind() == DuplicateKey.Kind.PROFILE_URL) {
                    byKey.computeIfAbsent(key.kind() + "\u0000" + key.value(), k -> new ArrayList<>()).add(contact);
                }
            }
            contact.reach().phones().stream().map(SuspectedDuplicates::phoneKey).filter(k -> !k.isEmpty()).distinct()
                    .forEach(k -> byKey.computeIfAbsent("PHONE\u0000" + k, x -> new ArrayList<>()).add(contact));
        }
        // Strongest first, so a pair keeps the best reason it has.
        List<String> keys = new ArrayList<>(byKey.keySet());
        keys.sort(Comparator.comparingInt(SuspectedDuplicates::strength));
        for (String key : keys) {
            List<Contact> same = byKey.get(key);
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    found.putIfAbsent(Pair.of(same.get(i), same.get(j)), reason(key, same.get(i)));
                }
            }
        }
        // A contact named after its company (a row with no person's name) has no name to be near another's.
        Map<String, List<Contact>> byCompany = contacts.stream().filter(c -> !CompanyName.key(c.company()).isEmpty())
                .filter(c -> !DuplicateKey.namedAfterCompany(c.name(), c.company()))
                .collect(Collectors.groupingBy(c -> CompanyName.key(c.company()), LinkedHashMap::new, Collectors.toList()));
        for (List<Contact> colleagues : byCompany.values()) {
            // Folded once per person: a large company compares each name with every other.
            List<String[]> names = colleagues.stream().map(c -> words(SearchText.fold(c.name()))).toList();
            for (int i = 0; i < colleagues.size(); i++) {
                for (int j = i + 1; j < colleagues.size(); j++) {
                    Contact a = colleagues.get(i);
                    Contact b = colleagues.get(j);
                    if (nearWords(names.get(i), names.get(j)) && !differentLinkedInProfiles(a, b)) {
                        found.putIfAbsent(Pair.of(a, b), "similar name at " + a.company());
                    }
                }
            }
        }
        return found.entrySet().stream()
                .map(e -> new SuspectedDuplicate(byId.get(e.getKey().left()), byId.get(e.getKey().right()),
                        shared(e.getValue()), e.getValue()))
                .sorted(Comparator.comparing((SuspectedDuplicate d) -> d.left().name().toLowerCase(Locale.ROOT))
                        .thenComparing(d -> d.left().id().value()).thenComparing(d -> d.right().id().value()))
                .toList();
    }

    private static Shared shared(String reason) {
        return reason.startsWith("same email") ? Shared.EMAIL : reason.startsWith("same profile") ? Shared.PROFILE_URL
                : reason.startsWith("same phone") ? Shared.PHONE : Shared.SIMILAR_NAME;
    }

    private static int strength(String key) {
        return key.startsWith("EMAIL") ? 0 : key.startsWith("PROFILE_URL") ? 1 : 2;
    }

    private static String reason(String key, Contact one) {
        String value = key.substring(key.indexOf('\u0000') + 1);
        if (key.startsWith("EMAIL")) {
            return one.reach().emails().stream().filter(e -> DuplicateKey.email(e).value().equals(value)).findFirst()
                    .map(e -> "same email " + e).orElse("same email");
        }
        if (key.startsWith("PROFILE_URL")) {
            return one.reach().urls().stream().filter(u -> DuplicateKey.profileUrl(u).value().equals(value)).findFirst()
                    .map(u -> "same profile URL " + u).orElse("same profile URL");
        }
        return one.reach().phones().stream().filter(p -> phoneKey(p).equals(value)).findFirst()
                .map(p -> "same phone " + p).orElse("same phone");
    }

    static String phoneKey(String phone) {
        return DuplicateKey.phone(phone).map(DuplicateKey::value).orElse("");
    }

    /**
     * Every word of one name is a word of the other, or (four letters or more) as many typos from one
     * as {@link NearSpelling#editsForgiven} forgives a search: "Ana Ruiz" and "Ana María Ruiz",
     * "Jonathan" and "Jonathon", but not "Jo" and "Jonathan", nor "Garciafield" and "Garciaini".
     */
    static boolean nearNames(String one, String other) {
        return nearWords(words(SearchText.fold(one)), words(SearchText.fold(other)));
    }

    private static boolean nearWords(String[] a, String[] b) {
        if (a.length == 0 || b.length == 0) {
            return false;
        }
        return allNear(a, b) || allNear(b, a);
    }

    private static boolean allNear(String[] words, String[] in) {
        for (String word : words) {
            boolean found = false;
            for (String candidate : in) {
                if (candidate.equals(word) || withinEdits(word, candidate, NearSpelling.editsForgiven(word))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two whole words are at most {@code allowed} edits apart (a letter missing, extra, wrong,
     * or two swapped): one row of the table at a time, given up as soon as a row is over the limit.
     */
    static boolean withinEdits(String a, String b, int allowed) {
        if (allowed == 0 || Math.abs(a.length() - b.length()) > allowed) {
            return false;
        }
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                best = Math.min(best, value);
            }
            if (best > allowed) {
                return false;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()] <= allowed;
    }

    private static String[] words(String folded) {
        return java.util.Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }

    private static boolean differentLinkedInProfiles(Contact a, Contact b) {
        Set<DuplicateKey> mine = DuplicateKey.of(a).stream().filter(DuplicateKey::isLinkedInProfile)
                .collect(Collectors.toSet());
        Set<DuplicateKey> theirs = DuplicateKey.of(b).stream().filter(DuplicateKey::isLinkedInProfile)
                .collect(Collectors.toSet());
        return !mine.isEmpty() && !theirs.isEmpty() && mine.stream().noneMatch(theirs::contains);
    }

    /** Two contacts, the older (smaller id) on the left. */
    private record Pair(ContactId left, ContactId right) {
        static Pair of(Contact a, Contact b) {
            return a.id().value() < b.id().value() ? new Pair(a.id(), b.id()) : new Pair(b.id(), a.id());
        }
    }
}
