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
}
