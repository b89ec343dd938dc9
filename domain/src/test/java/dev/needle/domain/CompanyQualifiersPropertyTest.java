package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Issue 15: a company written with its legal form, office or location is still that company. */
class CompanyQualifiersPropertyTest {

    @Example
    void xyzInEveryWayPeopleWriteIt() {
        for (String written : new String[] {"XYZ Corp, Denver office", "XYZ Corporation", "XYZ Inc.", "XYZ Corp (Denver)",
                "XYZ Corp - Denver", "The XYZ Corp", "XYZ HQ"}) {
            assertThat(CompanyName.same("XYZ Corp", written)).as(written).isTrue();
        }
    }

    @Example
    void partnersAfterACommaAreStillPartOfTheName() {
        assertThat(CompanyName.same("Smith, Jones & Co", "Smith")).isFalse();
        assertThat(CompanyName.same("Acme Labs", "Acme")).isFalse();
    }

    @Property
    void aQualifiedNameIsTheSameCompany(@ForAll("names") String name, @ForAll("legalForms") String legal,
                                        @ForAll("qualifiers") String qualifier) {
        assertThat(CompanyName.key(name + legal + qualifier)).isEqualTo(CompanyName.key(name));
        assertThat(CompanyName.same(name + legal + qualifier, name)).isTrue();
    }

    @Property
    void differentNamesStayDifferentWhateverTheirQualifiers(@ForAll("names") String a, @ForAll("names") String b,
                                                             @ForAll("qualifiers") String qualifier) {
        assertThat(CompanyName.same(a + qualifier, b)).isEqualTo(CompanyName.key(a).equals(CompanyName.key(b)));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("XYZ", "Blue Bottle", "Acme Labs", "Société Générale", "Northwind", "Contoso Foods",
                "Data & Co Analytics");
    }

    @Provide
    Arbitrary<String> legalForms() {
        return Arbitraries.of("", " Corp", " Corp.", " Corporation", " Inc.", " Inc", " LLC", ", Inc.", " Ltd", " GmbH",
                " S.A.");
    }

    @Provide
    Arbitrary<String> qualifiers() {
        Arbitrary<String> city = Arbitraries.of("Denver", "New York", "Zürich", "São Paulo");
        return Arbitraries.oneOf(Arbitraries.just(""),
                city.map(c -> ", " + c + " office"),
                city.map(c -> " (" + c + ")"),
                city.map(c -> ", " + c),
                city.map(c -> " - " + c),
                city.map(c -> " – " + c + " branch"),
                Arbitraries.of(" Office", " HQ", " Headquarters"));
    }
}
