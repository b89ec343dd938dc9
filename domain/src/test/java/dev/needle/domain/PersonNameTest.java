package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Splitting a name typed on one line, for a source that gave no parts (issue 17). */
class PersonNameTest {

    @Test
    void credentialsAfterACommaAreSuffixesNotTheFamilyName() {
        assertThat(PersonName.guessFrom("Rashmi Nayak, MSc, MBA"))
                .isEqualTo(new PersonName("", "Rashmi", "", "Nayak", "MSc, MBA"));
        assertThat(PersonName.guessFrom("Rashmi Nayak, MSc, MBA, PHR").family()).isEqualTo("Nayak");
    }

    @Test
    void anAddressOrANumberShownAsTheNameIsNoPersonsName() {
        // A Google export's contact with only a company and an email was written out as N:;press@withings.com;;;.
        assertThat(PersonName.guessFrom("press@withings.com")).isEqualTo(PersonName.EMPTY);
        assertThat(PersonName.guessFrom("+46 70 123 45 67")).isEqualTo(PersonName.EMPTY);
    }

    @Test
    void aFamilyNameWrittenFirstBeforeACommaIsTheFamilyName() {
        // A mail from "Lima, Ana" <ana@…> added with add-from-mail was greeted "Hi Lima" and exported N:;Lima;;;Ana.
        assertThat(PersonName.guessFrom("Lima, Ana")).isEqualTo(new PersonName("", "Ana", "", "Lima", ""));
        assertThat(PersonName.guessFrom("Lü, Hänsel Maria")).isEqualTo(new PersonName("", "Hänsel", "Maria", "Lü", ""));
        assertThat(PersonName.guessFrom("Nayak, Rashmi, PhD")).isEqualTo(new PersonName("", "Rashmi", "", "Nayak", "PhD"));
        assertThat(PersonName.guessFrom("Rashmi Nayak, MSc").family()).isEqualTo("Nayak");
        assertThat(PersonName.guessFrom("Nayak, MBA").given()).isEqualTo("Nayak");
    }

    @Test
    void aSentenceTypedAsTheNameGuessesNoPartTooLongToKeep() {
        // "Name suffix is too long" stopped triage and every vCard export for a contact whose name held a note.
        String note = "Léa Dubois from the honey stand at the fair, the one with the blue hexagon jars and the bee logo "
                + "that Tomás loved, she said to call her next week about a full rebrand";
        assertThat(PersonName.guessFrom(note).given()).isEqualTo("Léa");
        assertThat(PersonName.guessFrom(note).suffix()).isEmpty();
        assertThat(PersonName.guessFrom("Dr. ".repeat(40) + "Smith")).isEqualTo(PersonName.EMPTY);
    }

    @Test
    void pronounsAreNotTheFamilyName() {
        assertThat(PersonName.guessFrom("Alex Kim (they/them)")).isEqualTo(new PersonName("", "Alex", "", "Kim", "(they/them)"));
        assertThat(PersonName.guessFrom("Sam Lee she/her").family()).isEqualTo("Lee");
    }

    @Test
    void aTitleIsAPrefixAndJuniorASuffix() {
        assertThat(PersonName.guessFrom("Mr. Michael Angstadt Jr."))
                .isEqualTo(new PersonName("Mr.", "Michael", "", "Angstadt", "Jr."));
        assertThat(PersonName.guessFrom("Dr. Ana María Ruiz")).isEqualTo(new PersonName("Dr.", "Ana", "María", "Ruiz", ""));
    }

    @Test
    void titlesBeyondEnglishAndSeveralInARowAreThePrefix() {
        // Typed by hand in Graz: a greeting read "Hi Mag., thank you for thinking of me".
        assertThat(PersonName.guessFrom("Mag. Ursula Höfler-Steinbauer"))
                .isEqualTo(new PersonName("Mag.", "Ursula", "", "Höfler-Steinbauer", ""));
        assertThat(PersonName.guessFrom("Univ.-Prof. Dr. Hans Meier")).isEqualTo(new PersonName("Univ.-Prof. Dr.", "Hans", "", "Meier", ""));
        assertThat(PersonName.guessFrom("Dipl.-Ing. Eva Gruber").given()).isEqualTo("Eva");
        assertThat(PersonName.guessFrom("Mag.a Lena Huber").given()).isEqualTo("Lena");
        assertThat(PersonName.guessFrom("Dott.ssa Giulia Bianchi").given()).isEqualTo("Giulia");
        assertThat(PersonName.guessFrom("Mme Claire Dubois").given()).isEqualTo("Claire");
        assertThat(PersonName.guessFrom("Sra. Lucía Fernández").given()).isEqualTo("Lucía");
        assertThat(PersonName.guessFrom("Dhr. Pieter de Vries").given()).isEqualTo("Pieter");
        assertThat(PersonName.guessFrom("Herr Jonas Weber").given()).isEqualTo("Jonas");
    }

    @Test
    void namesThatOnlyLookLikeTitlesStayNames() {
        assertThat(PersonName.guessFrom("Don Draper").given()).isEqualTo("Don");
        assertThat(PersonName.guessFrom("Pastor Maldonado").given()).isEqualTo("Pastor");
        assertThat(PersonName.guessFrom("J. R. Smith")).isEqualTo(new PersonName("", "J.", "R.", "Smith", ""));
        assertThat(PersonName.guessFrom("Dr.")).isEqualTo(new PersonName("", "Dr.", "", "", ""));
    }

    @Test
    void aTitleAndOneWordIsATitleAndAFamilyName() {
        assertThat(PersonName.guessFrom("Dr. Smith")).isEqualTo(new PersonName("Dr.", "", "", "Smith", ""));
        assertThat(PersonName.guessFrom("Frau Gruber")).isEqualTo(new PersonName("Frau", "", "", "Gruber", ""));
    }

    @Test
    void oneWordIsAGivenName() {
        assertThat(PersonName.guessFrom("Cher")).isEqualTo(new PersonName("", "Cher", "", "", ""));
        assertThat(PersonName.guessFrom("  ")).isEqualTo(PersonName.EMPTY);
    }

    @Test
    void theSpokenFormReadsThePartsInOrder() {
        assertThat(new PersonName("Dr.", "Ana", "María", "Ruiz", "PhD").spoken()).isEqualTo("Dr. Ana María Ruiz PhD");
    }

    @Test
    void aFirstNameCellWithATitleKeepsTheTitleApart() {
        // LinkedIn's "First Name" cell "Dr. Ahmed": the message greeted "Hi Dr. Ahmed".
        assertThat(PersonName.ofGivenAndFamily("Dr. Ahmed", "El-Sayed"))
                .isEqualTo(new PersonName("Dr.", "Ahmed", "", "El-Sayed", ""));
        assertThat(PersonName.ofGivenAndFamily("Prof. Dr. Maria", "Schulz"))
                .isEqualTo(new PersonName("Prof. Dr.", "Maria", "", "Schulz", ""));
        assertThat(PersonName.ofGivenAndFamily("Dr.", "Smith")).isEqualTo(new PersonName("Dr.", "", "", "Smith", ""));
        assertThat(PersonName.ofGivenAndFamily("Don", "Draper")).isEqualTo(new PersonName("", "Don", "", "Draper", ""));
    }

    @Test
    void aLastNameCellDecoratedWithSymbolsKeepsTheFamilyNameAlone() {
        // "El-Sayed 🌱" and "Weber | Open to work" as LinkedIn users decorate their last name.
        assertThat(PersonName.ofGivenAndFamily("Ahmed", "El-Sayed 🌱").family()).isEqualTo("El-Sayed");
        assertThat(PersonName.ofGivenAndFamily("Jonas", "Weber ✨🚀").family()).isEqualTo("Weber");
    }

    @Test
    void aLastNameCellWithCredentialsKeepsOnlyTheFamilyName() {
        assertThat(PersonName.ofGivenAndFamily("Rashmi", "Nayak, MSc, MBA, PHR"))
                .isEqualTo(new PersonName("", "Rashmi", "", "Nayak", "MSc, MBA, PHR"));
        assertThat(PersonName.ofGivenAndFamily("Jan", "van der Berg (he/him)"))
                .isEqualTo(new PersonName("", "Jan", "", "van der Berg", "(he/him)"));
    }

    @Test
    void aNameWrittenFamilyFirstIsSaidGivenNameFirstAndOthersStayAsWritten() {
        assertThat(PersonName.givenNameFirst("Østergaard, Søren")).isEqualTo("Søren Østergaard");
        assertThat(PersonName.givenNameFirst("Lima,  Ana Maria")).isEqualTo("Ana Maria Lima");
        assertThat(PersonName.givenNameFirst("Rashmi Nayak, MSc, MBA")).isEqualTo("Rashmi Nayak, MSc, MBA");
        assertThat(PersonName.givenNameFirst("Weiß, Jürgen, PhD")).isEqualTo("Weiß, Jürgen, PhD");
        assertThat(PersonName.givenNameFirst("Jürgen Weiß")).isEqualTo("Jürgen Weiß");
    }
}
