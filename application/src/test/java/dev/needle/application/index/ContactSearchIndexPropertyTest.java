package dev.needle.application.index;

import dev.needle.domain.NearSpelling;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.SearchText;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * After any mix of saves, renames and deletes, the index answers like a plain filter-and-sort over the
 * contacts: the first by name, best matches first among them (none of these queries is a typo away
 * from another name, so no near spelling joins them).
 */
class ContactSearchIndexPropertyTest {

    /** A save of contact {@code id} under {@code name}, or its delete. */
    record Change(long id, String name, boolean delete) {
    }

    @Provide
    Arbitrary<Change> changes() {
        Arbitrary<String> names = Arbitraries.of("José", "jose", "Ana", "ÁNA Ruiz", "Bo", "bo chen", "Zoë", "zoe li",
                "Иван Петров", "王翔", "राहुल शर्मा", "Ann 😀 Lee", "ﬁona");
        Arbitrary<Boolean> deletes = Arbitraries.integers().between(1, 5).map(n -> n == 1);
        return Combinators.combine(Arbitraries.longs().between(1, 8), names, deletes).as(Change::new);
    }

    @Property
    void searchMatchesAPlainScan(@ForAll @Size(max = 40) List<@From("changes") Change> changes,
                                 @ForAll("queries") String query, @ForAll @IntRange(max = 6) int limit) {
        ContactSearchIndex index = new ContactSearchIndex(List.of());
        Map<Long, Contact> truth = new TreeMap<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            if (i % 3 == 2) {
                index.size(); // takes in what changed so far: later changes merge into a built index
            }
            if (change.delete()) {
                index.remove(new ContactId(change.id()));
                truth.remove(change.id());
            } else {
                Contact contact = Contact.capture(new ContactId(change.id()), change.name());
                index.put(contact);
                truth.put(change.id(), contact);
            }
        }
        List<String> words = Arrays.stream(SearchText.fold(query).split(" ")).filter(w -> !w.isEmpty()).toList();
        List<Contact> expected = truth.values().stream()
                .filter(c -> words.stream().allMatch(w -> SearchText.fold(c.name()).contains(w)))
                .sorted(Comparator.comparing((Contact c) -> SearchText.fold(c.name())).thenComparing(Contact::id))
                .limit(limit)
                .sorted(Comparator.comparingInt((Contact c) -> NearSpelling.rank(SearchText.fold(c.name()),
                        c.searchText(), words.toArray(String[]::new))))
                .toList();

        // The index answers listed copies (ListedCopy): the same people, in the same order.
        assertThat(index.search(query, limit)).extracting(Contact::id).containsExactlyElementsOf(expected.stream().map(Contact::id).toList());
        assertThat(index.size()).isEqualTo(truth.size());
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.of("", "jo", "JOSÉ", "ana ruiz", "o", "zoe", "chen bo", "x", "и", "ив", "王", "श", "शर्मा",
                "😀", "ann lee", "fi");
    }
}
