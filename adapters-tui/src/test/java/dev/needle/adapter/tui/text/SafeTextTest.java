package dev.needle.adapter.tui.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    private static final String PRIYA = "प्रिया शर्मा";
    private static final String SOMCHAI = "สมชาย ใจดี";

    @Test
    void devanagariAndThaiKeepTheirMarksOnTheLetterBefore() {
        assertThat(SafeText.clean(PRIYA)).isEqualTo(PRIYA).doesNotContain("\ufffd");
        assertThat(SafeText.clean(SOMCHAI)).isEqualTo(SOMCHAI).doesNotContain("\ufffd");
        assertThat(SafeText.cells("प्रि")).containsExactly("प्", "र", "ि");
        assertThat(SafeText.cells("ดีมาก")).containsExactly("ดี", "ม", "า", "ก");
    }

    @Test
    void aMarkWithNoLetterToSitOnStaysAVisiblePlaceholder() {
        assertThat(SafeText.clean("\u094dx")).isEqualTo("\ufffdx");
        assertThat(SafeText.clean("a \u0e34b")).isEqualTo("a \ufffdb");
        assertThat(SafeText.cells("\u0301")).containsExactly("\ufffd");
    }

    @Test
    void variationSelectorsGoAndStackedMarksAreCapped() {
        assertThat(SafeText.clean("\u2764\ufe0f ok")).isEqualTo("\u2764 ok");
        String zalgo = SafeText.clean("x" + "\u0336".repeat(30) + "y");
        assertThat(zalgo).isEqualTo("x" + "\u0336".repeat(4) + "y");
        assertThat(SafeText.width(zalgo)).isEqualTo(2);
        assertThat(SafeText.clean("x" + "\u0336".repeat(3) + "\u200d" + "\u0336".repeat(3)))
                .as("a removed zero-width joiner does not start a new stack").isEqualTo("x" + "\u0336".repeat(4));
    }

    @Test
    void marksTakeNoColumnsSpacingVowelSignsOneAndCjkStillTwo() {
        assertThat(SafeText.width(PRIYA)).as("प ् र ि य ा, space, श र ् म ा: the viramas take none").isEqualTo(10);
        assertThat(SafeText.width(SOMCHAI)).as("the vowel above ด takes none").isEqualTo(9);
        assertThat(SafeText.width("山田太郎")).isEqualTo(8);
        assertThat(SafeText.width("Jose\u0301")).isEqualTo(4);
    }

    @Test
    void clippingCutsOnlyBetweenClusters() {
        assertThat(SafeText.clip(PRIYA, 5)).as("प्रि is one cluster of three columns; या would not fit")
                .isEqualTo("प्रि…");
        assertThat(SafeText.clip(PRIYA, 3)).as("the first cluster alone is too wide for two columns").isEqualTo("…");
        assertThat(SafeText.clip("ดีมาก", 2)).isEqualTo("ดี…");
        assertThat(SafeText.clip(SOMCHAI, 9)).isEqualTo(SOMCHAI);
        assertThat(SafeText.tail(PRIYA, 5)).isEqualTo("…शर्मा");
    }

    @Test
    void fitPadsByColumnsAndWrapMeasuresClusters() {
        assertThat(SafeText.fit("प्रिया", 8)).isEqualTo("प्रिया   ");
        assertThat(SafeText.width(SafeText.fit(SOMCHAI, 12))).isEqualTo(12);
        assertThat(SafeText.wrap(PRIYA, 6)).containsExactly("प्रिया", "शर्मा");
        assertThat(SafeText.wrap(SOMCHAI + " " + SOMCHAI, 10)).containsExactly(SOMCHAI, SOMCHAI);
    }

    @Property
    void aClipIsAlwaysWholeClustersFromTheStart(@ForAll String raw, @ForAll @IntRange(min = 1, max = 40) int columns) {
        String clipped = SafeText.clip(raw, columns);
        String kept = clipped.endsWith(SafeText.ELLIPSIS) && !SafeText.clean(raw).equals(clipped)
                ? clipped.substring(0, clipped.length() - 1) : clipped;
        List<String> keptClusters = SafeText.clusters(kept);
        assertThat(SafeText.clusters(raw).subList(0, keptClusters.size())).isEqualTo(keptClusters);
    }

    @Property
    void everyCellStartsWithACharacterThatMovesTheCursor(@ForAll String raw) {
        int columns = 0;
        for (String cell : SafeText.cells(raw)) {
            assertThat(SafeText.columnsOf(cell.charAt(0))).as("cell %s", cell).isPositive();
            columns += SafeText.columnsOf(cell.charAt(0));
        }
        assertThat(columns).isEqualTo(SafeText.width(raw));
    }

    @Property
    void whateverComesInNothingUnsafeGoesOutAndClipsFit(@ForAll String raw, @ForAll @IntRange(min = 1, max = 40) int columns) {
        String clipped = SafeText.clip(raw, columns);
        assertThat(SafeText.width(clipped)).isLessThanOrEqualTo(columns);
        assertThat(clipped.chars()).noneMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)
                || (c >= 0xd800 && c <= 0xdfff) || Character.getType(c) == Character.FORMAT);
    }
}
