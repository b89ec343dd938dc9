package dev.needle.domain;

import static dev.needle.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TagTest {

    @Test
    void keepsTheCaseAsTypedWithSingleSpaces() {
        // Prep sheets and messages quote it: "a zürich supplier list" read as a typo of Needle's.
        assertThat(Tag.of("  a   Zürich supplier list ").value()).isEqualTo("a Zürich supplier list");
        assertThat(Tag.of("Cafe\u0301")).isEqualTo(Tag.of("Café"));
    }

    @Test
    void isTheSameTagHoweverItsCaseWasTyped() {
        assertThat(Tag.of("UX Designer").sameAs(Tag.of("ux designer"))).isTrue();
        assertThat(Tag.of("UX Designer").key()).isEqualTo("ux designer");
        assertThat(Tag.of("UX Designer").sameAs(Tag.of("ux design"))).isFalse();
        // Still a change when only the case changed: an edit that fixes it is saved and can be undone.
        assertThat(Tag.of("UX Designer")).isNotEqualTo(Tag.of("ux designer"));
    }

    @Test
    void aContactHoldsOneTagTypedTwoWays() {
        Contact ana = Contact.capture(new ContactId(1), "Ana").edit()
                .offers(java.util.Set.of(Tag.of("Mentoring"), Tag.of("mentoring"), Tag.of("UX"))).build();
        assertThat(ana.offers()).hasSize(2).anyMatch(t -> t.sameAs(Tag.of("MENTORING")));
    }

    @Test
    void refusesEmptyAndCommas() {
        assertRefused(() -> Tag.of(" "), "tag", "Tag must not be empty");
        assertRefused(() -> Tag.of("ux, research"), "tag", "cannot contain a comma");
        assertRefused(() -> Tag.of("x".repeat(61)), "tag", "at most 60 characters");
    }

    @Test
    void matchesWhenEveryWordOfTheShorterIsInTheLonger() {
        assertThat(Tag.of("research").matches(Tag.of("market research"))).isTrue();
        assertThat(Tag.of("market research").matches(Tag.of("research"))).isTrue();
        assertThat(Tag.of("ux design").matches(Tag.of("ux designer"))).isTrue();
        assertThat(Tag.of("ux designer").matches(Tag.of("ux design"))).isTrue();
        assertThat(Tag.of("Économie").matches(Tag.of("economie"))).isTrue();
    }

    @Property
    void matchingIsSymmetric(@ForAll("tags") String a, @ForAll("tags") String b) {
        assertThat(Tag.of(a).matches(Tag.of(b))).isEqualTo(Tag.of(b).matches(Tag.of(a)));
    }

    @Provide
    Arbitrary<String> tags() {
        return Arbitraries.of("ux", "ux design", "ux designer", "design", "designer", "market research", "research",
                "market", "res", "re", "market researcher", "product design lead").list().ofMinSize(1).ofMaxSize(2)
                .map(words -> String.join(" ", words));
    }

    @Test
    void doesNotMatchOtherWordsOrTooShortPrefixes() {
        assertThat(Tag.of("market research").matches(Tag.of("market making"))).isFalse();
        assertThat(Tag.of("ux").matches(Tag.of("uxdesign"))).isFalse();
        assertThat(Tag.of("designer").matches(Tag.of("developer"))).isFalse();
    }
}
