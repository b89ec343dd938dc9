package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The loop-based fold must agree with the plain statement of the rule it replaced, on any text. */
class SearchTextRegexEquivalenceTest {

    private static String byRegex(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    @Property
    void agreesWithTheRegexRuleOnMixedText(@ForAll @StringLength(max = 30)
                                           @Chars({' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', 'A', 'z', 'É', 'é',
                                                   '\u0301', 'Σ', 'σ', 'İ', 'ß', '東', 'ض', 'क', '\u093F', '.'})
                                           @CharRange(from = 'a', to = 'f') String text) {
        assertThat(SearchText.fold(text)).isEqualTo(byRegex(text));
    }

    @Property
    void agreesWithTheRegexRuleOnAnyText(@ForAll @StringLength(max = 30) String text) {
        assertThat(SearchText.fold(text)).isEqualTo(byRegex(text));
    }
}
