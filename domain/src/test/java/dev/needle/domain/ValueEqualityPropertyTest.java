package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The values whose equals and hashCode are written out (ids, tags, name parts, origins) are equal exactly when
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
    void teammateIdsAreEqualExactlyWhenTheirNumbersAre(@ForAll @LongRange(min = 1, max = 4) long a,
                                                       @ForAll @LongRange(min = 1, max = 4) long b) {
        assertThat(new TeammateId(a).equals(new TeammateId(b))).isEqualTo(a == b);
        assertThat(new TeammateId(a).equals(new ContactId(a))).isFalse();
        if (a == b) {
            assertThat(new TeammateId(a).hashCode()).isEqualTo(new TeammateId(b).hashCode());
        }
    }

    @Property
    void originsAreEqualExactlyWhenEveryPartIs(@ForAll @LongRange(min = 1, max = 2) long event,
                                               @ForAll @LongRange(min = 1, max = 2) long otherEvent,
                                               @ForAll("parts") String place, @ForAll("parts") String otherPlace,
                                               @ForAll @LongRange(min = 0, max = 2) long day,
                                               @ForAll @LongRange(min = 1, max = 2) long introducer) {
        LocalDate on = LocalDate.of(2026, 3, 1);
        Origin origin = new Origin(Optional.of(new EventId(event)), place, Optional.of(on.plusDays(day)),
                Optional.of(new ContactId(introducer)));
        Origin other = new Origin(Optional.of(new EventId(otherEvent)), otherPlace, Optional.of(on.plusDays(day)),
                Optional.of(new ContactId(introducer)));
        boolean alike = event == otherEvent && place.equals(otherPlace);
        assertThat(origin.equals(other)).isEqualTo(alike);
        assertThat(origin.equals(new Origin(origin.event(), origin.place(), Optional.empty(), origin.introducedBy())))
                .isFalse();
        assertThat(origin.equals(origin.withIntroducedBy(new ContactId(introducer + 1)))).isFalse();
        assertThat(origin.equals(Origin.UNKNOWN)).isFalse();
        if (alike) {
            assertThat(origin.hashCode()).isEqualTo(other.hashCode());
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
