package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsCaseAccentsAndSpaces() {
        assertThat(SearchText.fold("  José   PÉREZ\t")).isEqualTo("jose perez");
        assertThat(SearchText.fold("Jose\u0301")).isEqualTo("jose");
    }

    @Test
    void nothingFoldsToEmpty() {
        assertThat(SearchText.fold(null)).isEmpty();
        assertThat(SearchText.fold("")).isEmpty();
    }

    @Test
    void leavesLettersWithoutMarksAlone() {
        assertThat(SearchText.fold("Łódź 東京")).isEqualTo("łodz 東京");
    }
}
