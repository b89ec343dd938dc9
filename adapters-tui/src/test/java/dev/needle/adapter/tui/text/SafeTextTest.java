package dev.needle.adapter.tui.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void escapeSequencesGoWholeSoNoResidueIsShown() {
        assertThat(SafeText.clean("Ana\u001b[2J\u001b[31mRuiz\u001b[0m")).isEqualTo("AnaRuiz");
        assertThat(SafeText.clean("x\u001b]0;pwned\u0007y")).isEqualTo("xy");
        assertThat(SafeText.clean("x\u001b]52;c;ZXZpbA==\u001b\\y")).isEqualTo("xy");
        assertThat(SafeText.clean("x\u009b2Jy")).isEqualTo("xy");
        assertThat(SafeText.clean("a\u001bcb")).isEqualTo("ab");
    }

    @Test
    void controlFormatAndBidiCharactersAreRemovedAndBreaksBecomeSpaces() {
        assertThat(SafeText.clean("a\u0000b\u007fc\u0085d")).isEqualTo("abcd");
        assertThat(SafeText.clean("evil\u202egnp.exe\u200b")).isEqualTo("evilgnp.exe");
        assertThat(SafeText.clean("line\none\ttab")).isEqualTo("line one tab");
    }

    @Test
    void namesAreComposedToNfc() {
        assertThat(SafeText.clean("Jose\u0301")).isEqualTo("Jos\u00e9");
    }

    @Test
    void undrawableCharactersBecomeAVisiblePlaceholder() {
        assertThat(SafeText.clean("a\ud800b")).isEqualTo("a\ufffdb");
        assertThat(SafeText.clean("a\udc00b")).isEqualTo("a\ufffdb");
        assertThat(SafeText.clean("hi \ud83d\ude00")).isEqualTo("hi \ufffd");
    }

    @Test
    void wideCharactersCountTwoColumns() {
        assertThat(SafeText.width("田中太郎")).isEqualTo(8);
        assertThat(SafeText.width("Ana")).isEqualTo(3);
    }

    @Test
    void longTextIsClippedWithAnEllipsisNeverPastTheColumns() {
        assertThat(SafeText.clip("Alexandra Richardson", 10)).isEqualTo("Alexandra…");
        assertThat(SafeText.clip("田中太郎", 5)).isEqualTo("田中…");
        assertThat(SafeText.fit("Ana", 6)).isEqualTo("Ana   ");
        assertThat(SafeText.clip("short", 10)).isEqualTo("short");
    }

    @Test
    void whileTypingTheEndOfALongValueStaysVisible() {
        assertThat(SafeText.tail("a very long company name_", 10)).isEqualTo("…any name_");
        assertThat(SafeText.tail("short_", 10)).isEqualTo("short_");
    }

    @Property
    void whateverComesInNothingUnsafeGoesOutAndClipsFit(@ForAll String raw, @ForAll @IntRange(min = 1, max = 40) int columns) {
        String clipped = SafeText.clip(raw, columns);
        assertThat(SafeText.width(clipped)).isLessThanOrEqualTo(columns);
        assertThat(clipped.chars()).noneMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)
                || (c >= 0xd800 && c <= 0xdfff) || Character.getType(c) == Character.FORMAT);
    }
}
