package dev.needle.domain.triage;

import static dev.needle.domain.Contacts.contact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Tag;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OfferDirectoryTest {
    private static final ContactId NOBODY = new ContactId(1);

    @Test
    void countsOpenContactsOfferingAMatchingTag() {
        Contact lee = contact("Lee").offering("ux design").build();
        Contact kim = contact("Kim").offering("UX designer", "illustration").build();
        Contact cleo = contact("Cleo").offering("ux designer").closed().build();
        Contact sam = contact("Sam").offering("accounting").build();

        OfferDirectory directory = OfferDirectory.of(List.of(lee, kim, cleo, sam));

        assertThat(directory.countOffering(Tag.of("ux designer"), NOBODY)).isEqualTo(2);
        assertThat(directory.countOffering(Tag.of("illustration"), NOBODY)).isEqualTo(1);
        assertThat(directory.countOffering(Tag.of("legal advice"), NOBODY)).isZero();
    }

    @Test
    void someoneOfferingTwoMatchingTagsCountsOnce() {
        Contact kim = contact("Kim").offering("market research", "research").build();

        assertThat(OfferDirectory.of(List.of(kim)).countOffering(Tag.of("research"), NOBODY)).isEqualTo(1);
    }

    @Test
    void thePersonAskingIsNotCountedAsSomeoneTheyCouldBeIntroducedTo() {
        Contact priya = contact("Priya").offering("baking").build();
        Contact lee = contact("Lee").offering("baking").build();
        OfferDirectory directory = OfferDirectory.of(List.of(priya, lee));

        assertThat(directory.countOffering(Tag.of("baking"), priya.id())).isEqualTo(1);
        assertThat(directory.countOffering(Tag.of("baking"), NOBODY)).isEqualTo(2);
    }

    @Test
    void anEmptyDirectoryKnowsNobody() {
        assertThat(OfferDirectory.empty().countOffering(Tag.of("baking"), NOBODY)).isZero();
    }

    /** The directory answers what walking every contact would: open, not the asker, an offer matching. */
    @Property
    void countsWhatAWalkThroughEveryoneCounts(@ForAll("networks") List<Contact> network, @ForAll("tags") String wanted,
                                              @ForAll("ids") long asker) {
        Tag tag = Tag.of(wanted);
        ContactId except = new ContactId(asker);
        long walked = network.stream()
                .filter(other -> !other.id().equals(except) && !other.isClosed())
                .filter(other -> other.offers().stream().anyMatch(tag::matches))
                .count();

        OfferDirectory directory = OfferDirectory.of(network);

        assertThat(directory.countOffering(tag, except)).isEqualTo(walked);
        assertThat(directory.countOffering(tag, except)).as("asked again").isEqualTo(walked);
    }

    @Provide
    Arbitrary<String> tags() {
        return Arbitraries.of("ux", "ux design", "ux designer", "design", "research", "market research", "baking",
                "data science", "data");
    }

    @Provide
    Arbitrary<Long> ids() {
        return Arbitraries.longs().between(2, 12);
    }

    @Provide
    Arbitrary<List<Contact>> networks() {
        Arbitrary<List<String>> offers = tags().list().ofMaxSize(3);
        return Combinators.combine(offers, Arbitraries.of(true, false)).as(Spec::new).list().ofMaxSize(10)
                .map(specs -> {
                    List<Contact> contacts = new ArrayList<>();
                    for (int i = 0; i < specs.size(); i++) {
                        Spec spec = specs.get(i);
                        var builder = contact("Person " + i).id(i + 2).offering(spec.offers().toArray(String[]::new));
                        contacts.add(spec.closed() ? builder.closed().build() : builder.build());
                    }
                    return contacts;
                });
    }

    private record Spec(List<String> offers, boolean closed) {
    }
}
