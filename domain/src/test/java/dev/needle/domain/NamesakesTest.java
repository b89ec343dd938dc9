package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesakesTest {
    private static Contact person(long id, String name, String company, String role, String email) {
        Contact.Draft draft = Contact.capture(new ContactId(id), name).edit().company(company).role(role);
        return (email.isEmpty() ? draft : draft.reach(Reach.email(email))).build();
    }

    @Test
    void aNameNobodyElseHasIsJustTheName() {
        Contact sarah = person(1, "Sarah Costa", "Acme", "CTO", "");
        Contact bo = person(2, "Bo Chen", "Acme", "CTO", "");

        assertThat(Namesakes.among(List.of(sarah, bo)).nameOf(sarah)).isEqualTo("Sarah Costa");
    }

    @Test
    void twoOfOneNameAreToldApartByCompanyThenRoleThenEmail() {
        Contact atAcme = person(1, "Sarah Costa", "Acme", "CTO", "");
        Contact atGlobex = person(2, "sarah  costa", "Globex", "", "");
        Contact alsoAtAcme = person(3, "Sarah Costa", "Acme", "Designer", "");
        Namesakes names = Namesakes.among(List.of(atAcme, atGlobex, alsoAtAcme));

        assertThat(names.nameOf(atGlobex)).isEqualTo("sarah  costa of Globex");
        assertThat(names.nameOf(atAcme)).isEqualTo("Sarah Costa, CTO of Acme");
        assertThat(names.nameOf(alsoAtAcme)).isEqualTo("Sarah Costa, Designer of Acme");

        Contact noCompany = person(4, "Ana Lima", "", "", "ana@lima.example");
        Contact noCompanyEither = person(5, "Ana Lima", "", "", "");
        Namesakes anas = Namesakes.among(List.of(noCompany, noCompanyEither));
        assertThat(anas.nameOf(noCompany)).isEqualTo("Ana Lima <ana@lima.example>");
        assertThat(anas.nameOf(noCompanyEither)).isEqualTo("Ana Lima");
    }

    @Test
    void oneSomeoneListedTwiceIsNoNamesake() {
        Contact sarah = person(1, "Sarah Costa", "Acme", "CTO", "");

        assertThat(Namesakes.among(List.of(sarah, sarah.followUpOn(java.time.LocalDate.of(2026, 3, 1)))).nameOf(sarah))
                .isEqualTo("Sarah Costa");
    }

    @Test
    void companyCardsOfOneNameAreListedByTheirEmailOrPhoneAndNamedWithoutTheCompanyTwice() {
        Contact info = person(1, "Acme GmbH", "Acme GmbH", "", "info@acme.example");
        Contact phoneOnly = Contact.capture(new ContactId(2), "Acme GmbH").edit().company("Acme GmbH")
                .reach(new Reach(List.of(), List.of("+49 30 555 0199"), List.of())).build();
        Contact lena = person(3, "Lena Weber", "Acme GmbH", "Buyer", "lena@acme.example");
        Namesakes names = Namesakes.among(List.of(info, phoneOnly, lena));

        assertThat(names.listedName(info)).isEqualTo("info@acme.example");
        assertThat(names.listedName(phoneOnly)).isEqualTo("+49 30 555 0199");
        assertThat(names.listedName(lena)).isEqualTo("Lena Weber");
        assertThat(names.nameOf(phoneOnly)).isEqualTo("Acme GmbH, +49 30 555 0199");
    }

    @Test
    void peopleOfOneNameCompanyAndRoleAreListedWithTheirEmailAfterTheName() {
        Contact one = person(1, "Sarah Costa", "Acme", "CTO", "sarah@acme.example");
        Contact two = person(2, "Sarah Costa", "Acme", "CTO", "s.costa@acme.example");
        Contact other = person(3, "Sarah Costa", "Acme", "Designer", "");
        Namesakes names = Namesakes.among(List.of(one, two, other));

        assertThat(names.listedName(one)).isEqualTo("Sarah Costa (sarah@acme.example)");
        assertThat(names.listedName(other)).isEqualTo("Sarah Costa");
    }
}
