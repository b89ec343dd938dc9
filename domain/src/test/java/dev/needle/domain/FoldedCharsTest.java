package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Folding character by character, from remembered folds, gives what folding the whole text with the
 * normaliser gives: for every character of the Basic Multilingual Plane between letters, marks and
 * sigmas, and for any mix of scripts, marks, spaces and surrogate pairs.
 */
class FoldedCharsTest {

    private static String byRegex(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    @Test
    void everyCharacterFoldsAsTheWholeTextWouldBesideLettersMarksAndSigmas() {
        String[] besides = {"a", "É", "\u0301", "σ", "\u093F", "한", "ß"};
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String one = String.valueOf((char) c);
            for (String beside : besides) {
                String text = "x" + beside + one + beside + "Q";
                assertThat(SearchText.fold(text)).as("U+%04X beside %s", c, beside).isEqualTo(byRegex(text));
            }
        }
    }

    @Provide
    Arbitrary<String> mixedTexts() {
        return Arbitraries.of("A", "z", " ", "  ", "\t", "\n", "\u00A0", "\u2003", "É", "é", "e\u0301", "\u0301",
                "\u0327", "Σ", "ΣΑΣ", "σ", "ς", "İ", "ı", "ß", "ẞ", "Ǆ", "ǅ", "ﬁ", "Å", "Ω", "K", "東", "ض", "क", "\u093F",
                "\u0958", "한", "ᄀ", "😀", "\uD835\uDC00", "Ж", "ж", ".", "@", "—", "’", "\u0344", "\u0F73", "Ⅻ", "①")
                .list().ofMaxSize(25).map(parts -> String.join("", parts));
    }

    @Property(tries = 2000)
    void anyMixFoldsAsTheWholeTextWould(@ForAll("mixedTexts") String text) {
        assertThat(SearchText.fold(text)).isEqualTo(byRegex(text));
    }
}
