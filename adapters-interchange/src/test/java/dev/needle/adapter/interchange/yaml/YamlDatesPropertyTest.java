package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** The hand-written date check tells dates from other texts exactly as the regular expression it replaced. */
class YamlDatesPropertyTest {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?)?");

    @Property
    void dateLikeTextIsToldApartAsTheRegexDoes(@ForAll @StringLength(max = 32) @CharRange(from = '0', to = '9')
                                               @Chars({'-', 'T', ':', '.', 'x', '٣', ' '}) String text) {
        assertThat(YamlScalars.isDate(text)).isEqualTo(DATE.matcher(text).matches());
    }

    /** A full date-time cut at any length, with at most one character replaced: every boundary of the form. */
    @Property
    void cutAndChangedDateTimesAreToldApartAsTheRegexDoes(@ForAll @IntRange(max = 31) int length,
                                                          @ForAll @IntRange(max = 31) int changedAt,
                                                          @ForAll @Chars({'0', '7', '-', 'T', ':', '.', 'x', '\n'}) char changedTo,
                                                          @ForAll boolean change) {
        String full = "2024-01-31T23:59:58.123456789";
        StringBuilder text = new StringBuilder(full.substring(0, Math.min(length, full.length())));
        if (length > full.length()) {
            text.append("0".repeat(length - full.length()));
        }
        if (change && changedAt < text.length()) {
            text.setCharAt(changedAt, changedTo);
        }
        assertThat(YamlScalars.isDate(text.toString())).isEqualTo(DATE.matcher(text).matches());
    }
}
