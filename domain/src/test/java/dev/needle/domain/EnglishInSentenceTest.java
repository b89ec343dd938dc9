package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A title, role or offer as it reads inside a message: typing habits lowered, names kept. */
class EnglishInSentenceTest {
    @Test
    void aPhraseTypedInTitleCaseIsLowered() {
        assertThat(English.inSentence("Hiring Manager")).isEqualTo("hiring manager");
        assertThat(English.inSentence("Market Research in Healthcare")).isEqualTo("market research in healthcare");
        assertThat(English.inSentence("A Mentor in Retail")).isEqualTo("a mentor in retail");
        // Walked by hand: "a commercial Real-Estate agent".
        assertThat(English.inSentence("Commercial Real-Estate Agent")).isEqualTo("commercial real-estate agent");
        assertThat(English.inSentence("Business-to-Business Sales")).isEqualTo("business-to-business sales");
    }

    @Test
    void aToolNamedFirstKeepsItsCapital() {
        // Walked by hand: "You offer excel dashboards, intro to Lisbon data meetups, SQL tutoring".
        assertThat(English.inSentence("Excel dashboards")).isEqualTo("Excel dashboards");
        assertThat(English.inSentence("Figma prototyping")).isEqualTo("Figma prototyping");
        assertThat(English.inSentence("Python Training")).isEqualTo("Python training");
        assertThat(English.inSentence("excel at sales")).isEqualTo("excel at sales");
        assertThat(English.inSentence("Contract review")).isEqualTo("contract review");
    }

    @Test
    void aSentenceKeepsTheNamesInsideIt() {
        // Walked by hand: "help to find a landlord with a ground-floor shop near jakominiplatz".
        assertThat(English.inSentence("Find a landlord with a ground-floor shop near Jakominiplatz"))
                .isEqualTo("find a landlord with a ground-floor shop near Jakominiplatz");
        assertThat(English.inSentence("Meet café owners in Graz and Linz")).isEqualTo("meet café owners in Graz and Linz");
        assertThat(English.inSentence("An introduction to Anna at Siemens")).isEqualTo("an introduction to Anna at Siemens");
    }

    @Test
    void aHyphenatedNameInsideASentenceIsKept() {
        assertThat(English.inSentence("Real-estate agents in Graz")).isEqualTo("real-estate agents in Graz");
        assertThat(English.inSentence("Meet Höfler-Steinbauer's team")).isEqualTo("meet Höfler-Steinbauer's team");
    }

    @Test
    void languagesNationalitiesDaysAndMonthsKeepTheirCapitalAsEnglishWritesThem() {
        // Walked by hand: "You offer french & english, patient interviews".
        assertThat(English.inSentence("French & English")).isEqualTo("French & English");
        assertThat(English.inSentence("German Tax Advice")).isEqualTo("German tax advice");
        assertThat(English.inSentence("Spanish lessons")).isEqualTo("Spanish lessons");
        assertThat(English.inSentence("Sunday brunch for Founders")).isEqualTo("Sunday brunch for Founders");
        assertThat(English.inSentence("December Market Stall")).isEqualTo("December market stall");
    }

    @Test
    void anAcronymIsWrittenAsItIsSpeltHoweverTyped() {
        assertThat(English.inSentence("B2B SaaS Sales")).isEqualTo("B2B SaaS sales");
        assertThat(English.inSentence("saas pricing")).isEqualTo("SaaS pricing");
    }

    @Test
    void acronymsAndMixedCaseAreKeptEitherWay() {
        assertThat(English.inSentence("UX Research")).isEqualTo("UX research");
        assertThat(English.inSentence("learn iOS and SQL")).isEqualTo("learn iOS and SQL");
    }

    @Test
    void needsReadWithTheirNamesInTheMessage() {
        Need landlord = Needs.need(1, "Find a landlord with a ground-floor shop near Jakominiplatz").build();
        assertThat(landlord.phrase(DirectionKind.JOB_SEARCH)).isEqualTo("help to find a landlord with a ground-floor shop near Jakominiplatz");
    }

    @Test
    void aCountTakesItsNounInTheSingularOnlyForOne() {
        // needle doctor said "opens; 3 contact(s)".
        assertThat(English.count(1, "contact")).isEqualTo("1 contact");
        assertThat(English.count(3, "contact")).isEqualTo("3 contacts");
        assertThat(English.count(0, "meeting request")).isEqualTo("0 meeting requests");
    }
}
