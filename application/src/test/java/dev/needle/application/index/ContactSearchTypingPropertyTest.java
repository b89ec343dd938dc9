package dev.needle.application.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Typing and erasing a filter one key at a time, with contacts saved and deleted in between, gives
 * on every key exactly what a fresh index answers: the shortcuts for extended and repeated queries
 * never show a stale or missing contact.
 */
class ContactSearchTypingPropertyTest {
    private static final List<String> NAMES = List.of("José Ruiz", "jose", "Ana", "ÁNA Ruiz", "Bo", "bo chen", "Zoë",
            "zoe li", "Anabel Roe", "Joan", "Rui", "Chen Bo");

    /** A key typed (a character), a backspace ('<'), or a change: save ('+') or delete ('-') of a contact. */
    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of("a", "n", "o", "j", "s", "e", "r", "u", "i", " ", "z", "b", "<", "<", "+", "-");
    }

    @Property
    void everyKeyAnswersLikeAFreshIndex(@ForAll @Size(max = 60) List<@net.jqwik.api.From("keys") String> keys,
                                        @ForAll @IntRange(min = 1, max = 5) int limit) {
        List<Contact> people = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            people.add(Contact.capture(new ContactId(i + 1), NAMES.get(i)));
        }
        ContactSearchIndex index = new ContactSearchIndex(people);
        String query = "";
        long nextId = 100;
        for (String key : keys) {
            switch (key) {
                case "<" -> query = query.isEmpty() ? query : query.substring(0, query.length() - 1);
                case "+" -> {
                    Contact added = Contact.capture(new ContactId(nextId++), NAMES.get((int) (nextId % NAMES.size())));
                    people.add(added);
                    index.put(added);
                }
                case "-" -> {
                    if (!people.isEmpty()) {
                        index.remove(people.remove(people.size() / 2).id());
                    }
                }
                default -> query = query + key;
            }
            assertThat(index.search(query, limit)).as("after typing \"%s\"", query)
                    .containsExactlyElementsOf(new ContactSearchIndex(people).search(query, limit));
        }
    }
}
