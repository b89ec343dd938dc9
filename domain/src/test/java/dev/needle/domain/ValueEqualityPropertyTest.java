package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The values whose equals and hashCode are written out (ids, tags, name parts) are equal exactly when
 * their parts are, as a record's own would be, and equal values hash alike: sets and maps of them,
 * and a name's emptiness, behave as before.
 */
class ValueEqualityPropertyTest {

    @Provide
    Arbitrary<String> parts() {
        return Arbitraries.of("", "ana", "Ana", "berg", "Berg", "van", "jr", "dr");
    }

    @Property
    void idsAreEqualExactlyWhenTheirNumbersAre(@ForAll @LongRange(min = 1, max = 4) long a, @ForAll @LongRange(min = 1, max = 4) long b) {
        assertThat(new ContactId(a).equals(new ContactId(b))).isEqualTo(a == b);
        assertThat(new EventId(a).equals(new EventId(b))).isEqualTo(a == b);
        assertThat(new ContactId(a).equals(new EventId(a))).isFalse();
        if (a == b) {
            assertThat(new ContactId(a).hashCode()).isEqualTo(new ContactId(b).hashCode());
            assertThat(new EventId(a).hashCode()).isEqualTo(new EventId(b).hashCode());
        }
    }

    @Property
    void tagsAreEqualWhenTypedAlikeAndTheSameTagWhateverTheCase(@ForAll("parts") String a, @ForAll("parts") String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return; // a tag is never empty
        }
        assertThat(Tag.of(a).equals(Tag.of(b))).isEqualTo(a.equals(b));
        assertThat(Tag.of(a).sameAs(Tag.of(b))).isEqualTo(a.equalsIgnoreCase(b));
        if (a.equals(b)) {
            assertThat(Tag.of(a).hashCode()).isEqualTo(Tag.of(b).hashCode());
        }
    }

    @Property
    void namesAreEqualExactlyWhenEveryPartIs(@ForAll("parts") String prefix, @ForAll("parts") String given,
                                            @ForAll("parts") String family, @ForAll("parts") String otherGiven) {
        PersonName name = new PersonName(prefix, given, "", family, "");
        PersonName other = new PersonName(prefix, otherGiven, "", family, "");
        assertThat(name.equals(other)).isEqualTo(given.equals(otherGiven));
        assertThat(name.equals(new PersonName(prefix, given, "", family, "jr"))).isFalse();
        assertThat(name.equals(new PersonName(prefix, given, family, "", ""))).isEqualTo(family.isEmpty());
        if (given.equals(otherGiven)) {
            assertThat(name.hashCode()).isEqualTo(other.hashCode());
        }
        assertThat(name.isEmpty()).isEqualTo(name.equals(PersonName.EMPTY));
    }
}
