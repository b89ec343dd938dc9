package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The shortcuts in text checks (no regex, no normalizing text below the combining marks) must give what the plain rules give, on any text. */
class CheckShortcutsPropertyTest {

    @Property
    void whitespaceCollapsesAsTheRegexDoesOnSpaceRichText(@ForAll @StringLength(max = 30)
                                                          @Chars({' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003', 'x', 'É'})
                                                          @CharRange(from = 'a', to = 'c') String text) {
        assertThat(Check.collapseWhitespace(text)).isEqualTo(text.replaceAll("\\s+", " "));
    }

    @Property
    void whitespaceCollapsesAsTheRegexDoesOnAnyText(@ForAll @StringLength(max = 30) String text) {
        assertThat(Check.collapseWhitespace(text)).isEqualTo(text.replaceAll("\\s+", " "));
    }

    @Property
    void textIsTrimmedAndNormalizedAsBeforeWhetherAsciiOrNot(@ForAll @StringLength(max = 30)
                                                            @Chars({' ', 'e', 'E', '\u0301', 'é', '\u212B', 'A', '\u030A', '\t', '~'})
                                                            String text) {
        assertThat(Check.optional("name", text, 1000)).isEqualTo(Normalizer.normalize(text.strip(), Normalizer.Form.NFC));
    }

    @Property
    void latinTextIsTrimmedAndNormalizedAsBefore(@ForAll @StringLength(max = 30) @CharRange(from = '\u0000', to = '\u02FF')
                                                 @Chars({'\u0300', '\u0301', '\u0308', '\u0327', '\u212B', '\u1E9B'})
                                                 String text) {
        assertThat(Check.optional("name", text, 1000)).isEqualTo(Normalizer.normalize(text.strip(), Normalizer.Form.NFC));
    }

    /** What the shortcut rests on: below U+0300 every character, and every pair of them, is NFC already. */
    @Test
    void everyPairOfCharactersBelowTheCombiningMarksIsNfc() {
        List<String> notNfc = new ArrayList<>();
        for (char first = 0; first < 0x300; first++) {
            for (char second = 0; second < 0x300; second++) {
                String pair = new String(new char[] {first, second});
                if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
                    notNfc.add(pair);
                }
            }
        }
        assertThat(notNfc).isEmpty();
    }

    @Property
    void anyTextIsTrimmedAndNormalizedAsBefore(@ForAll @StringLength(max = 30) String text) {
        assertThat(Check.optional("name", text, 1000)).isEqualTo(Normalizer.normalize(text.strip(), Normalizer.Form.NFC));
    }
}
