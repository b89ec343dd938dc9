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
        assertThat(SafeText.clean("\udb80\udc00 and \ud83f\udffe"))
                .as("private use and unassigned beyond the BMP").isEqualTo("\ufffd and \ufffd");
    }

    private static final String SPROUT = "\ud83c\udf31";
    private static final String THUMBS_UP = "\ud83d\udc4d";
    private static final String YOSHI = "\ud842\udfb7"; // U+20BB7, a CJK extension B variant of 吉

    @Test
    void emojiAndRareCjkStayWholeWhileLoneHalvesAreStillPlaceholders() {
        assertThat(SafeText.clean("Ana " + SPROUT)).isEqualTo("Ana " + SPROUT);
        assertThat(SafeText.clean("hi \ud83d\ude00")).isEqualTo("hi \ud83d\ude00");
        assertThat(SafeText.clean(YOSHI + "野")).isEqualTo(YOSHI + "野");
        assertThat(SafeText.clean("a\ud83cb\udf31c")).as("halves apart").isEqualTo("a\ufffdb\ufffdc");
        assertThat(SafeText.clean("\udf31\ud83c")).as("halves the wrong way round").isEqualTo("\ufffd\ufffd");
    }

    @Test
    void emojiCountTwoColumnsAsTmuxDoesAndTextStyleOnesOne() {
        assertThat(SafeText.width("Ana " + SPROUT)).isEqualTo(6);
        assertThat(SafeText.width("Bo " + THUMBS_UP)).isEqualTo(5);
        assertThat(SafeText.width(YOSHI)).isEqualTo(2);
        assertThat(SafeText.width("\ud83c\udf21")).as("thermometer U+1F321 defaults to text style").isEqualTo(1);
        assertThat(SafeText.cells("Bo " + THUMBS_UP)).containsExactly("B", "o", " ", THUMBS_UP);
        assertThat(SafeText.width(SafeText.fit("Bo " + THUMBS_UP, 8))).isEqualTo(8);
    }

    @Test
    void joinersAndSkinTonesGoSoEveryEmojiLeftIsTwoColumns() {
        String technologist = "\ud83d\udc69\u200d\ud83d\udcbb"; // 👩‍💻
        assertThat(SafeText.clean(technologist)).isEqualTo("\ud83d\udc69\ud83d\udcbb");
        assertThat(SafeText.width(technologist)).isEqualTo(4);
        assertThat(SafeText.clean(THUMBS_UP + "\ud83c\udffd")).isEqualTo(THUMBS_UP);
        assertThat(SafeText.clean("\ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc7f"))
                .as("a flag's tag characters are invisible").isEqualTo("\ud83c\udff4");
    }

    @Test
    void clippingNeverSplitsAnEmoji() {
        assertThat(SafeText.clip(SPROUT.repeat(3), 4)).isEqualTo(SPROUT + "\u2026");
        assertThat(SafeText.clip("a" + SPROUT + "b", 3)).isEqualTo("a\u2026");
        assertThat(SafeText.tail("ab" + SPROUT, 3)).isEqualTo("\u2026" + SPROUT);
        assertThat(SafeText.tail(SPROUT + "ab", 3)).isEqualTo("\u2026ab");
        assertThat(SafeText.wrap("Bo " + THUMBS_UP + " met", 5)).containsExactly("Bo " + THUMBS_UP, "met");
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
            assertThat(SafeText.columnsOf(cell.codePointAt(0))).as("cell %s", cell).isPositive();
            columns += SafeText.columnsOf(cell.codePointAt(0));
        }
        assertThat(columns).isEqualTo(SafeText.width(raw));
    }

    @Property
    void whateverComesInNothingUnsafeGoesOutAndClipsFit(@ForAll String raw, @ForAll @IntRange(min = 1, max = 40) int columns) {
        String clipped = SafeText.clip(raw, columns);
        assertThat(SafeText.width(clipped)).isLessThanOrEqualTo(columns);
        assertThat(clipped.codePoints()).noneMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)
                || (c >= 0xd800 && c <= 0xdfff) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.PRIVATE_USE);
    }

    @Property
    void emojiSurviveWholeAndClipsStayWithinTheirColumns(@ForAll @IntRange(min = 0x1F300, max = 0x1F64F) int emoji,
            @ForAll String around, @ForAll @IntRange(min = 1, max = 40) int columns) {
        String raw = around + Character.toString(emoji) + around;
        boolean skinTone = emoji >= 0x1F3FB && emoji <= 0x1F3FF;
        assertThat(SafeText.clean(Character.toString(emoji))).isEqualTo(skinTone ? "" : Character.toString(emoji));
        assertThat(SafeText.width(SafeText.clip(raw, columns))).isLessThanOrEqualTo(columns);
        assertThat(SafeText.clip(raw, columns).codePoints()).noneMatch(c -> c >= 0xd800 && c <= 0xdfff);
    }

    @Test
    void eachCellIsAsWideAsTheTerminalDrawsItAndTheCellsAddUpToTheWidth() {
        for (String text : List.of("प्रिया शर्मा", "สมชาย ใจดี", "山田太郎", "Ana \uD83C\uDF31", "José")) {
            List<String> cells = SafeText.cells(text);
            assertThat(cells.stream().mapToInt(SafeText::cellWidth).sum()).as(text).isEqualTo(SafeText.width(text));
        }
        assertThat(SafeText.cellWidth("山")).isEqualTo(2);
        assertThat(SafeText.cellWidth("प्")).isEqualTo(1);
        assertThat(SafeText.cellWidth("\uD83C\uDF31")).isEqualTo(2);
    }
}
