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
    void oneWordIsAGivenName() {
        assertThat(PersonName.guessFrom("Cher")).isEqualTo(new PersonName("", "Cher", "", "", ""));
        assertThat(PersonName.guessFrom("  ")).isEqualTo(PersonName.EMPTY);
    }

    @Test
    void theSpokenFormReadsThePartsInOrder() {
        assertThat(new PersonName("Dr.", "Ana", "María", "Ruiz", "PhD").spoken()).isEqualTo("Dr. Ana María Ruiz PhD");
    }

    @Test
    void aLastNameCellWithCredentialsKeepsOnlyTheFamilyName() {
        assertThat(PersonName.ofGivenAndFamily("Rashmi", "Nayak, MSc, MBA, PHR"))
                .isEqualTo(new PersonName("", "Rashmi", "", "Nayak", "MSc, MBA, PHR"));
        assertThat(PersonName.ofGivenAndFamily("Jan", "van der Berg (he/him)"))
                .isEqualTo(new PersonName("", "Jan", "", "van der Berg", "(he/him)"));
    }
}
