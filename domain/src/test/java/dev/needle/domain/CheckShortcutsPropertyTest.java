package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The shortcuts in text checks (no regex, no normalizing ASCII) must give what the plain rules give, on any text. */
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
    void anyTextIsTrimmedAndNormalizedAsBefore(@ForAll @StringLength(max = 30) String text) {
        assertThat(Check.optional("name", text, 1000)).isEqualTo(Normalizer.normalize(text.strip(), Normalizer.Form.NFC));
    }
}
