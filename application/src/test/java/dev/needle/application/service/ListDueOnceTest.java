package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.ListDueUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Cadence;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Origin;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import dev.needle.domain.Target;
import dev.needle.domain.TargetKind;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@code needle due} asks the store only for who may be due (their own cadence or a tag with a default)
 * and lists exactly what the full screen's reading of everyone lists.
 */
class ListDueOnceTest {
    private static final List<String> TAGS = List.of("mentors", "investors", "ux", "hiring");
    private static final List<String> CADENCES = List.of("none", "1w", "2w", "6w", "3m");

    /** A person: tags, closed or not, met some days before today or on an unknown day, own settings. */
    record Person(Set<Integer> offers, Set<Integer> lookingFor, boolean closed, int metDaysAgo, int own,
                  int snoozeDays) {
        Contact contact(long id) {
            Contact c = Contact.capture(new ContactId(id), "Person " + (id % 7)).edit()
                    .offers(tags(offers)).lookingFor(tags(lookingFor))
                    .origin(new Origin(Optional.empty(), "", metDaysAgo < 0 ? Optional.empty()
                            : Optional.of(Fakes.TODAY.minusDays(metDaysAgo)), Optional.empty()))
                    .build();
            return closed ? c.closeKindly("Thanks!", Fakes.TODAY) : c;
        }

        /** -1: no settings; 0..: own cadence (or blank when past the list), snoozed some days. */
        Optional<KeepInTouch> settings(ContactId id) {
            if (own < 0) {
                return Optional.empty();
            }
            Optional<Cadence> cadence = own < CADENCES.size() ? Optional.of(Cadence.parse(CADENCES.get(own)))
                    : Optional.empty();
            return Optional.of(new KeepInTouch(id, cadence, snoozeDays > 0 ? Optional.of(Fakes.TODAY.plusDays(snoozeDays))
                    : Optional.empty(), Fakes.TODAY.minusDays(40)));
        }
    }

    private static Set<Tag> tags(Set<Integer> picks) {
        Set<Tag> tags = new HashSet<>();
        picks.forEach(i -> tags.add(Tag.of(TAGS.get(i))));
        return tags;
    }

    @Provide
    Arbitrary<Person> people() {
        Arbitrary<Set<Integer>> tags = Arbitraries.integers().between(0, TAGS.size() - 1).set().ofMaxSize(2);
        return Combinators.combine(tags, tags, Arbitraries.integers().between(1, 6).map(n -> n == 1),
                Arbitraries.integers().between(-1, 200), Arbitraries.integers().between(-3, CADENCES.size()),
                Arbitraries.integers().between(0, 20)).as(Person::new);
    }

    @Property(tries = 300)
    void listsExactlyWhatReadingEveryoneLists(@ForAll @Size(max = 25) List<@From("people") Person> people,
                                              @ForAll @Size(max = 3) Set<@IntRange(max = 3) Integer> defaultTags,
                                              @ForAll @IntRange(max = 60) int within) {
        Fakes fakes = new Fakes();
        fakes.needs.save(Need.open(new NeedId(50), "Meet investors", NeedKind.INTRODUCTION,
                List.of(new Target(TargetKind.TOPIC, "investors")), 1));
        for (int i = 0; i < people.size(); i++) {
            Contact saved = fakes.contacts.save(people.get(i).contact(i + 1));
            people.get(i).settings(saved.id()).ifPresent(fakes.keepInTouch::save);
        }
        int cadence = 0;
        for (int tag : defaultTags) {
            fakes.keepInTouch.saveTagDefault(new TagCadence(Tag.of(TAGS.get(tag)),
                    Cadence.parse(CADENCES.get(1 + cadence++ % (CADENCES.size() - 1))), Fakes.TODAY.minusDays(30)));
        }

        ListDueUseCase.Due everyone = new ListDueService(fakes.keepInTouch, fakes.contacts, fakes.needs, fakes.clock)
                .due(within);
        ListDueUseCase.Due once = ListDueService.readingOnlyWhoMayBeDue(fakes.keepInTouch, fakes.contacts, fakes.needs,
                fakes.clock).due(within);

        assertThat(once).isEqualTo(everyone);
    }

    @Example
    void readsWholeContactsOnlyForThePeopleATagDefaultOrTheirOwnCadenceCoversUnlessThatIsMostPeople() {
        Fakes fakes = new Fakes();
        for (int i = 1; i <= 40; i++) {
            fakes.contacts.save(Contact.capture(new ContactId(i), "Person " + i));
        }
        Contact mentor = fakes.contacts.save(Contact.capture(new ContactId(100), "Mia Mentor").edit()
                .offers(Set.of(Tag.of("mentors"))).build());
        fakes.keepInTouch.saveTagDefault(new TagCadence(Tag.of("mentors"), Cadence.parse("1w"), Fakes.TODAY.minusDays(30)));
        int before = fakes.contacts.findAllCalls();

        ListDueUseCase.Due due = ListDueService.readingOnlyWhoMayBeDue(fakes.keepInTouch, fakes.contacts, fakes.needs,
                fakes.clock).due(0);

        assertThat(due.people()).extracting(p -> p.touch().contact()).containsExactly(mentor);
        assertThat(fakes.contacts.findAllCalls()).as("no read of everyone").isEqualTo(before);
    }
}
