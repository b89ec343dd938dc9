package dev.needle.application.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.service.fake.FakeContactStore;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Reach;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * A command's one-off search, which reads only the searched details of everyone and then whole contacts
 * for the people found, answers exactly what the full screen's index answers: the same people, in the
 * same order, cut at the same limit, near spellings included.
 */
class OneOffSearchSamenessTest {
    private static final List<String> NAMES = List.of("Ana Berg", "Ana Berg", "Anabel Bergström", "Hanna Andersson",
            "José Ruiz", "jose ruiz", "Zoë Ångström", "Bo Chen", "Chen Bo", "Insa Ghts", "Marta Insights",
            "Иван Петров", "王翔", "Berg", "Ann Lee");
    private static final List<String> COMPANIES = List.of("", "Acme", "Bergman & Co", "Insights AB", "Café Müller",
            "Research Partners", "Anaconda");
    private static final List<String> ROLES = List.of("", "Head of Research", "Analyst", "CTO", "Designer");
    private static final List<String> TAGS = List.of("market research", "insights", "ux", "mentors", "hiring",
            "café owners", "berg");
    private static final List<String> EMAILS = List.of("ana@berg.example", "jose@acme.example", "zoe@例え.jp",
            "hello@insights.example", "bo.chen@research.example");
    private static final List<String> NOTES = List.of("", "Met at the insghts meetup", "Knows everyone at Acme",
            "loves bergs and fjords", "Introduced by Ana", "josé's cousin", "research on research");

    /** One contact made of the lists above, open or closed kindly. */
    record Person(int name, int company, int role, Set<Integer> offers, Set<Integer> lookingFor, Set<Integer> emails,
                  int notes, boolean closed) {
        Contact contact(long id) {
            Contact contact = Contact.capture(new ContactId(id), NAMES.get(name)).edit()
                    .company(COMPANIES.get(company)).role(ROLES.get(role))
                    .offers(tags(offers)).lookingFor(tags(lookingFor))
                    .reach(new Reach(emails.stream().map(EMAILS::get).toList(), List.of(), List.of()))
                    .notes(NOTES.get(notes)).build();
            return closed ? contact.closeKindly("Thank you, not now.", LocalDate.of(2025, 3, 1)) : contact;
        }

        private static Set<Tag> tags(Set<Integer> picks) {
            Set<Tag> tags = new java.util.HashSet<>();
            picks.forEach(i -> tags.add(Tag.of(TAGS.get(i))));
            return tags;
        }
    }

    @Provide
    Arbitrary<Person> people() {
        Arbitrary<Set<Integer>> tags = Arbitraries.integers().between(0, TAGS.size() - 1).set().ofMaxSize(3);
        return Combinators.combine(Arbitraries.integers().between(0, NAMES.size() - 1),
                Arbitraries.integers().between(0, COMPANIES.size() - 1), Arbitraries.integers().between(0, ROLES.size() - 1),
                tags, tags, Arbitraries.integers().between(0, EMAILS.size() - 1).set().ofMaxSize(2),
                Arbitraries.integers().between(0, NOTES.size() - 1),
                Arbitraries.integers().between(1, 5).map(n -> n == 1)).as(Person::new);
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.of("", "ana", "ana berg", "berg", "ANA BERG", "insghts", "insights", "isnights", "jose",
                "josé ruiz", "zoe", "angstrom", "search", "research", "resarch", "acme", "acme.example", "@insights",
                "market research", "café", "cafe owners", "ux", "mentors", "chen bo", "bo", "иван", "王", "fjord",
                "hanna", "an", "a", "nobody", "cousin", "anaconda", "insa ghts", "bergstrom");
    }

    @Property(tries = 300)
    void answersExactlyWhatTheIndexAnswers(@ForAll @Size(max = 30) List<@From("people") Person> people,
                                          @ForAll("queries") String query,
                                          @ForAll("limits") int limit) {
        FakeContactStore store = new FakeContactStore();
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            contacts.add(store.save(people.get(i).contact(i + 1)));
        }

        assertThat(ids(new OneOffSearch(store).search(query, limit)))
                .containsExactlyElementsOf(ids(new ContactSearchIndex(contacts).search(query, limit)));
    }

    @Provide
    Arbitrary<Integer> limits() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 12), Arbitraries.just(Integer.MAX_VALUE));
    }

    /** The property above is not passing on empty answers: these queries find people, typos included. */
    @Example
    void findsWhatTheIndexFindsOnAnAddressBookWithNamesakesTyposAndClosedContacts() {
        FakeContactStore store = new FakeContactStore();
        List<Contact> contacts = new ArrayList<>();
        long id = 1;
        for (int name = 0; name < NAMES.size(); name++) {
            Person person = new Person(name, name % COMPANIES.size(), name % ROLES.size(), Set.of(name % TAGS.size()),
                    Set.of((name + 3) % TAGS.size()), Set.of(name % EMAILS.size()), name % NOTES.size(), name % 4 == 0);
            contacts.add(store.save(person.contact(id++)));
        }
        ContactSearchIndex index = new ContactSearchIndex(contacts);
        OneOffSearch oneOff = new OneOffSearch(store);

        for (String query : List.of("ana berg", "insghts", "jose", "search", "acme.example", "market research", "",
                "berg", "a")) {
            List<Contact> expected = index.search(query, Integer.MAX_VALUE);
            assertThat(expected).as("\"%s\" finds someone", query).isNotEmpty();
            assertThat(ids(oneOff.search(query, Integer.MAX_VALUE))).as("\"%s\"", query).containsExactlyElementsOf(ids(expected));
            assertThat(ids(oneOff.search(query, 2))).as("\"%s\", two", query).containsExactlyElementsOf(ids(index.search(query, 2)));
        }
        assertThat(oneOff.search("insghts", Integer.MAX_VALUE)).extracting(Contact::name)
                .as("a typo finds the word it misspells").contains("Marta Insights").doesNotContain("Insa Ghts");
        assertThat(oneOff.search("ana berg", Integer.MAX_VALUE)).extracting(Contact::name)
                .as("both namesakes, whole-word names first").startsWith("Ana Berg", "Ana Berg");
    }

    /** Reading only the details is the point: whole contacts are read for the people found, not for everyone. */
    @Example
    void readsWholeContactsOnlyForThePeopleFound() {
        FakeContactStore store = new FakeContactStore();
        for (int i = 0; i < 50; i++) {
            store.save(Contact.capture(new ContactId(i + 1), "Person " + i));
        }
        store.save(Contact.capture(new ContactId(100), "Ana Berg"));
        int before = store.findAllCalls();

        assertThat(new OneOffSearch(store).search("ana berg", Integer.MAX_VALUE)).extracting(Contact::name)
                .containsExactly("Ana Berg");
        assertThat(store.findAllCalls()).isEqualTo(before);
    }

    /** Who was found, in order: the index answers listed copies, a one-off search whole contacts. */
    private static List<ContactId> ids(List<Contact> found) {
        return found.stream().map(Contact::id).toList();
    }
}
