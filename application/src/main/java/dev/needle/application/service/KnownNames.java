package dev.needle.application.service;

import dev.needle.domain.Contact;
import dev.needle.domain.PersonName;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every contact's full name, for finding who a calendar entry was with when it lists nobody (khal writes
 * no attendees: "Lunch with Ana Ruiz"). Only names of two words or more count, matched as whole words in
 * any case; a first name alone, or a name two contacts share, names nobody rather than the wrong person.
 */
final class KnownNames {
    /** Longest name, in words, looked for in a title. */
    private static final int MOST_WORDS = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’-][\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    private final Map<String, Optional<Contact>> byName = new HashMap<>();

    KnownNames(List<Contact> contacts) {
        for (Contact contact : contacts) {
            // "Østergaard, Søren" is found as the title says it: "Søren Østergaard".
            Set<String> keys = new LinkedHashSet<>();
            for (String name : List.of(contact.name(), PersonName.givenNameFirst(contact.name()))) {
                List<String> words = words(name);
                if (words.size() >= 2 && words.size() <= MOST_WORDS) {
                    keys.add(String.join(" ", words));
                }
            }
            // A second contact of the same name makes the name ambiguous: it then names nobody.
            keys.forEach(key -> byName.merge(key, Optional.of(contact), (first, second) -> Optional.empty()));
        }
    }

    /** The known contacts whose full names the text holds, each once, in the order they appear. */
    List<Contact> namedIn(String text) {
        List<String> words = words(text);
        Map<Object, Contact> found = new LinkedHashMap<>();
        for (int start = 0; start < words.size(); start++) {
            for (int length = 2; length <= MOST_WORDS && start + length <= words.size(); length++) {
                List<String> run = new ArrayList<>(words.subList(start, start + length));
                run.set(length - 1, POSSESSIVE.matcher(run.get(length - 1)).replaceFirst(""));
                byName.getOrDefault(String.join(" ", run), Optional.empty())
                        .ifPresent(contact -> found.putIfAbsent(contact.id(), contact));
            }
        }
        return List.copyOf(found.values());
    }

    private static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(normal);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }
}
