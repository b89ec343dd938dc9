package dev.needle.app;

import dev.needle.application.NotFoundException;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.SearchText;
import java.util.List;

/**
 * Finds the one contact a person means on the command line: by id, by email, or by name (exact name
 * first, then a search); more than one match is an answer too, listing who was meant.
 */
final class ContactResolver {
    /** The one contact, or the candidates when there are none or several. */
    record Resolution(Contact contact, List<Contact> candidates) {
        boolean found() {
            return contact != null;
        }
    }

    private final UseCases useCases;

    ContactResolver(UseCases useCases) {
        this.useCases = useCases;
    }

    Resolution resolve(String given) {
        String text = given.strip();
        if (text.matches("\\d{1,18}")) {
            try {
                return one(useCases.viewContact().viewContact(new ContactId(Long.parseLong(text))).contact());
            } catch (NotFoundException | IllegalArgumentException e) {
                return new Resolution(null, List.of());
            }
        }
        List<Contact> everyone = useCases.searchContacts().search("", Integer.MAX_VALUE);
        if (text.contains("@")) {
            return of(everyone.stream().filter(c -> c.reach().hasEmail(text)).toList());
        }
        String folded = SearchText.fold(text);
        List<Contact> exact = everyone.stream().filter(c -> SearchText.fold(c.name()).equals(folded)).toList();
        if (!exact.isEmpty()) {
            return of(exact);
        }
        // The search adds near spellings when it finds few ("Lisa" finds "listings"); whoever the
        // words fit as typed is who was meant, and the near spellings only when nobody is.
        List<Contact> found = useCases.searchContacts().search(text, Integer.MAX_VALUE);
        List<String> words = List.of(folded.split("\\s+"));
        List<Contact> asTyped = found.stream()
                .filter(c -> words.stream().allMatch(SearchText.fold(c.searchText())::contains)).toList();
        return of(asTyped.isEmpty() ? found : asTyped);
    }

    private static Resolution one(Contact contact) {
        return new Resolution(contact, List.of(contact));
    }

    private static Resolution of(List<Contact> matches) {
        return matches.size() == 1 ? one(matches.get(0)) : new Resolution(null, matches);
    }
}
