package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PrintableTextTest {
    private static final String ESC = "\u001b";

    @Test
    void escapeSequencesGoWholeInTheirSevenAndEightBitForms() {
        assertThat(PrintableText.line("Ana" + ESC + "cRuiz")).as("ESC c, a full reset").isEqualTo("AnaRuiz");
        assertThat(PrintableText.line(ESC + "(0Box" + ESC + "(B")).as("charset switch").isEqualTo("Box");
        assertThat(PrintableText.line("a" + ESC + "[2J" + ESC + "[38;5;1mb")).isEqualTo("ab");
        assertThat(PrintableText.line("a\u009b31mb")).as("C1 CSI").isEqualTo("ab");
        assertThat(PrintableText.line("a\u009d0;title\u009cb")).as("C1 OSC to C1 ST").isEqualTo("ab");
        assertThat(PrintableText.line("a" + ESC + "]0;title\u0007b")).as("OSC to BEL").isEqualTo("ab");
        assertThat(PrintableText.line("a" + ESC + "]52;c;ZXZpbA==" + ESC + "\\b")).as("OSC 52 to ESC \\").isEqualTo("ab");
        assertThat(PrintableText.line("a" + ESC + "P1$qm" + ESC + "\\b")).as("DCS").isEqualTo("ab");
        assertThat(PrintableText.line("a\u0090q\u009cb")).as("C1 DCS").isEqualTo("ab");
        assertThat(PrintableText.line("a" + ESC + "_apc\u009cb")).as("APC").isEqualTo("ab");
    }

    @Test
    void whatIsLeftOfAMangledSequenceCanNeverFormANewOne() {
        assertThat(PrintableText.line(ESC + ESC + "[[31m")).isEqualTo("31m");
        assertThat(PrintableText.line("\u001b\u009b" + ESC + "[" + ESC)).isEmpty();
        assertThat(PrintableText.line("x" + ESC + "]never ends")).as("an unended string keeps the text readable")
                .isEqualTo("xnever ends");
        assertThat(PrintableText.line("x" + ESC)).isEqualTo("x");
    }

    @Test
    void controlsBidiControlsAndInvisibleFormatCharactersAreRemoved() {
        assertThat(PrintableText.line("nul\u0000bel\u0007del\u007fnel-c1\u0085\u0080x")).isEqualTo("nulbeldelnel-c1x");
        assertThat(PrintableText.line("Bob\b\b\bEve")).isEqualTo("BobEve");
        assertThat(PrintableText.line("evil\u202egnp.exe\u202c")).isEqualTo("evilgnp.exe");
        assertThat(PrintableText.line("\u2066a\u2067b\u2068c\u2069\u200e\u200f\u061c")).isEqualTo("abc");
        assertThat(PrintableText.line("\ufeffzero\u200bwidth\u2060joiner")).isEqualTo("zerowidthjoiner");
    }

    @Test
    void lineBreaksAndTabsBecomeSpacesOnOneLineAndNewlinesInSeveral() {
        assertThat(PrintableText.line("a\nb\r\nc\rd\te\u2028f")).isEqualTo("a b c d e f");
        assertThat(PrintableText.lines("a\nb\r\nc\rd\te\u2029f\u000bg")).isEqualTo("a\nb\nc\nd e\nf\ng");
    }

    @Test
    void zeroWidthJoinersStayOnlyWhereTheyJoin() {
        String technologist = "\ud83d\udc69\u200d\ud83d\udcbb";
        assertThat(PrintableText.line(technologist)).isEqualTo(technologist);
        String darkTechnologist = "\ud83d\udc69\ud83c\udffd\u200d\ud83d\udcbb";
        assertThat(PrintableText.line(darkTechnologist)).isEqualTo(darkTechnologist);
        assertThat(PrintableText.line("क्\u200dष")).as("a Devanagari half form").isEqualTo("क्\u200dष");
        assertThat(PrintableText.line("می\u200cخواهم")).as("a Persian non-joiner").isEqualTo("می\u200cخواهم");
        assertThat(PrintableText.line("Jo\u200dhn Sm\u200cith")).as("Latin never needs one").isEqualTo("John Smith");
        assertThat(PrintableText.line("\u200dAna\u200d")).isEqualTo("Ana");
    }

    @Test
    void ordinaryTextComesThroughUnchanged() {
        for (String text : new String[] {"Zoë Ørsted-Müller", "田中太郎", "प्रिया शर्मा", "สมชาย ใจดี",
                "Ana \ud83c\udf31", "\u2764\ufe0f", "\ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc65\udb40\udc6e\udb40\udc67\udb40\udc7f",
                "Jose\u0301", "mañana · “quoted” — ‹ok› …"}) {
            assertThat(PrintableText.line(text)).isEqualTo(text).isEqualTo(PrintableText.lines(text));
        }
    }

    @Test
    void tagCharactersOutsideAFlagAreHiddenTextAndGo() {
        assertThat(PrintableText.line("ok\udb40\udc41\udb40\udc42")).isEqualTo("ok");
    }

    @Test
    void halvesOfSurrogatePairsBecomeAVisiblePlaceholder() {
        assertThat(PrintableText.line("a\ud800b\udc00")).isEqualTo("a\ufffdb\ufffd");
    }

    @Property
    void noControlOrBidiCharacterEverSurvives(@ForAll @StringLength(max = 40)
                                              @CharRange(from = 0, to = 0xff) @CharRange(from = 0x2000, to = 0x206f)
                                              @CharRange(from = 'a', to = 'c') String raw) {
        for (String cleaned : new String[] {PrintableText.line(raw), PrintableText.lines(raw)}) {
            // Joiners are format characters too; they may stay only where they join (tested below).
            assertThat(cleaned.codePoints().filter(c -> c != '\n' && c != 0x200d && c != 0x200c
                    && (PrintableText.mustEscape(c) || Character.getType(c) == Character.FORMAT))).isEmpty();
        }
        assertThat(PrintableText.line(raw)).doesNotContain("\n");
    }

    @Test
    void aNonJoinerBetweenTwoSymbolsGoesWhileAnEmojiJoinerStays() {
        // The seed that found it: a zero-width non-joiner between two broken bars was kept.
        assertThat(PrintableText.line("\u00a6\u200c\u00a6")).isEqualTo("\u00a6\u00a6");
        assertThat(PrintableText.line("\ud83d\udc69\u200d\ud83d\udcbb")).isEqualTo("\ud83d\udc69\u200d\ud83d\udcbb");
    }
}
