package dev.needle.domain;

import static dev.needle.domain.Contacts.contact;
import static dev.needle.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void refusesAnEmptyValueNamingItsKind() {
        assertRefused(() -> Target.company(" "), "company", "Company must not be empty");
        assertRefused(() -> Target.role(""), "role", "Role must not be empty");
    }

    @Test
    void aCompanyTargetIsMatchedByPeopleWorkingThere() {
        Target xyz = Target.company("XYZ Corp.");
        assertThat(xyz.isMatchedBy(contact("Dana").at("xyz inc").build())).isTrue();
        assertThat(xyz.isMatchedBy(contact("Lee").at("XYZW").build())).isFalse();
        assertThat(xyz.isMatchedBy(contact("Kim").as("XYZ expert").build())).isFalse();
    }

    @Test
    void aRoleTargetIsMatchedByTheRoleOrWhatTheyOffer() {
        Target research = Target.role("market research");
        assertThat(research.isMatchedBy(contact("Dana").as("Senior Market Research Analyst").build())).isTrue();
        assertThat(research.isMatchedBy(contact("Lee").offering("market research").build())).isTrue();
        assertThat(research.isMatchedBy(contact("Kim").as("Market Analyst").build())).isFalse();
        assertThat(research.isMatchedBy(contact("Ana").at("Market Research Ltd").build())).isFalse();
    }

    @Test
    void aTopicTargetIsMatchedByOffersRoleOrCompany() {
        Target fintech = Target.topic("fintech");
        assertThat(fintech.isMatchedBy(contact("Dana").offering("fintech regulation").build())).isTrue();
        assertThat(fintech.isMatchedBy(contact("Lee").as("Fintech Consultant").build())).isTrue();
        assertThat(fintech.isMatchedBy(contact("Kim").at("Fintech Partners").build())).isTrue();
        assertThat(fintech.isMatchedBy(contact("Ana").at("Bakery").as("Baker").build())).isFalse();
    }

    @Test
    void readsAsKindAndValue() {
        assertThat(Target.role("market research")).hasToString("role: market research");
    }
}
