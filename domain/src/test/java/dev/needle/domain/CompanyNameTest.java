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
    void legalFormsOfEuropeanCountriesAreSuffixesToo() {
        // A need for an intro at "Sonae" did not find the counsel of "Sonae SGPS".
        assertThat(CompanyName.same("Sonae SGPS", "Sonae")).isTrue();
        assertThat(CompanyName.same("Lexis Traduções, Lda.", "Lexis Traduções")).isTrue();
        assertThat(CompanyName.same("Telefónica S.L.U.", "Telefonica")).isTrue();
        assertThat(CompanyName.same("Fiat S.p.A.", "Fiat")).isTrue();
        assertThat(CompanyName.same("Radwerkstatt Plagwitz e.V.", "Radwerkstatt Plagwitz")).isTrue();
        assertThat(CompanyName.same("Müller GmbH & Co. KG", "Müller")).isTrue();
        assertThat(CompanyName.same("Equinor ASA", "Equinor")).isTrue();
        assertThat(CompanyName.same("Novo Nordisk A/S", "Novo Nordisk")).isTrue();
        assertThat(CompanyName.same("Baker McKenzie LLP", "Baker McKenzie")).isTrue();
        assertThat(CompanyName.same("Siemens SE", "Siemens")).isTrue();
    }

    @Test
    void differentNamesStayDifferent() {
        assertThat(CompanyName.same("XYZ Corp.", "XYZW Corp.")).isFalse();
        assertThat(CompanyName.same("Acme Labs", "Acme")).isFalse();
    }

    @Test
    void aQueryMatchesByWordStartsIgnoringCaseAccentsPunctuationAndSuffixes() {
        assertThat(CompanyName.matches("Bluebird", "Bluebird Foods")).isTrue();
        assertThat(CompanyName.matches("bluebird inc", "Bluebird-Foods, Ltd.")).isTrue();
        assertThat(CompanyName.matches("blue foo", "Bluebird Foods")).isTrue();
        assertThat(CompanyName.matches("foods", "Bluebird Foods")).isTrue();
        assertThat(CompanyName.matches("societe", "Société Générale S.A.")).isTrue();
        assertThat(CompanyName.matches("Bluebird Foods", "Bluebird")).isFalse();
        assertThat(CompanyName.matches("bird", "Bluebird Foods")).isFalse();
        assertThat(CompanyName.matches(" ", "Bluebird Foods")).isFalse();
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
