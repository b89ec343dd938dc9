package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sentence that ends on a name or phrase gets one full stop, never two. */
class EnglishSentenceTest {
    @Test
    void aNameEndingInAPeriodIsNotGivenASecondOne() {
        assertThat(English.sentence("Saved Mr. Michael Angstadt Jr.")).isEqualTo("Saved Mr. Michael Angstadt Jr.");
        assertThat(English.sentence("Deleted Acme Inc.")).isEqualTo("Deleted Acme Inc.");
    }

    @Test
    void anyOtherEndingGetsAFullStop() {
        assertThat(English.sentence("Saved Ana Ruiz")).isEqualTo("Saved Ana Ruiz.");
        assertThat(English.sentence("Undone: edit of J.R. Ewing")).isEqualTo("Undone: edit of J.R. Ewing.");
    }

    @Test
    void aQuestionOrExclamationAlreadyEndsTheSentence() {
        assertThat(English.sentence("Saved Yahoo!")).isEqualTo("Saved Yahoo!");
        assertThat(English.sentence("Met Who?")).isEqualTo("Met Who?");
    }
}
