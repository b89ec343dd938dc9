package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyNameTest {

    @Test
    void ignoresCaseLegalSuffixesAndPunctuation() {
        assertThat(CompanyName.same("XYZ Corp.", "xyz inc")).isTrue();
        assertThat(CompanyName.same("Acme, Inc.", "ACME")).isTrue();
        assertThat(CompanyName.same("Acme Co Ltd", "acme")).isTrue();
        assertThat(CompanyName.same("Société Générale S.A.", "societe generale")).isTrue();
        assertThat(CompanyName.same("Widgets L.L.C.", "Widgets")).isTrue();
    }

    @Test
    void differentNamesStayDifferent() {
        assertThat(CompanyName.same("XYZ Corp.", "XYZW Corp.")).isFalse();
        assertThat(CompanyName.same("Acme Labs", "Acme")).isFalse();
    }

    @Test
    void aSuffixAloneIsStillAName() {
        assertThat(CompanyName.key("Company")).isEqualTo("company");
    }

    @Test
    void blankNamesMatchNothing() {
        assertThat(CompanyName.same("", "")).isFalse();
        assertThat(CompanyName.same(" ", "Acme")).isFalse();
        assertThat(CompanyName.same(null, null)).isFalse();
    }
}
