package dev.needle.application;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The hostile-text corpus every output channel is tested with (shared with the adapter and app
 * modules through this module's test-jar): terminal escape sequences in their 7- and 8-bit forms,
 * C0 and C1 controls, bidi overrides and isolates, zero-width characters where they do not belong,
 * NUL; each with the text a reader must see once it is cleaned. Beside it, ordinary text in several
 * scripts that must come through untouched.
 */
public final class HostileText {
    private static final String ESC = "\u001b";

    /** A value from outside, and what is left of it on one line once cleaned. */
    public record Sample(String raw, String shown) {
    }

    public static final List<Sample> CORPUS = List.of(
            new Sample("Ana" + ESC + "cReset", "AnaReset"), // ESC c: a full terminal reset
            new Sample(ESC + "(0lqqk" + ESC + "(B Box", "lqqk Box"), // line-drawing character set
            new Sample("Osc\u009d0;pwned\u009c Title", "Osc Title"), // C1 OSC … C1 ST
            new Sample("Csi\u009b2J\u009b31m Red", "Csi Red"), // C1 CSI
            new Sample("Seq" + ESC + "[2J" + ESC + "[31m Red" + ESC + "[0m", "Seq Red"),
            new Sample("Title" + ESC + "]0;pwned\u0007 Bel", "Title Bel"), // OSC ended by BEL
            new Sample("Clip" + ESC + "]52;c;ZXZpbA==" + ESC + "\\ Board", "Clip Board"), // OSC 52 clipboard
            new Sample("Dcs" + ESC + "P1$qm" + ESC + "\\ C1\u0090q\u009c Str", "Dcs C1 Str"),
            new Sample("Apc" + ESC + "_x" + ESC + "\\ Pm\u009ey\u009c Sos\u0098z\u009c", "Apc Pm Sos"),
            new Sample("Bell\u0007\u0007 Ring", "Bell Ring"),
            new Sample("Bidi \u202egnp.exe\u202c Ng", "Bidi gnp.exe Ng"),
            new Sample("Iso\u2066 a\u2067b\u2068c\u2069 \u202a\u202b\u202dLate", "Iso abc Late"),
            new Sample("Jo\u200dhn Sm\u200bith\ufeff Zw", "John Smith Zw"), // joiners that join nothing
            new Sample("Nul\u0000 Byte", "Nul Byte"),
            new Sample("Tail" + ESC + ESC + "[[31m Nest" + ESC + "\u009b", "Tail31m Nest"), // what is left forms nothing
            new Sample("Back\b\b\b\bspace\u007f Del\u0085 Nel", "Backspace Del Nel"),
            new Sample("Over\rwrite Cr", "Over write Cr"),
            new Sample("Vt\u000bFf\u000cEnd", "Vt Ff End"),
            new Sample("Unended" + ESC + "]0;title", "Unended0;title"),
            new Sample("End" + ESC, "End"));

    /** Text in several scripts that every channel must keep exactly. */
    public static final List<String> ORDINARY = List.of(
            "Zoë Ørsted-Müller", "田中太郎", "प्रिया शर्मा", "สมชาย ใจดี", "Ana \ud83c\udf31 Lima");

    private HostileText() {
    }

    /** Every raw hostile value, then every ordinary one. */
    public static List<String> everyRaw() {
        return java.util.stream.Stream.concat(CORPUS.stream().map(Sample::raw), ORDINARY.stream()).toList();
    }

    /** Every value as a reader must see it, hostile ones cleaned. */
    public static List<String> everyShown() {
        return java.util.stream.Stream.concat(CORPUS.stream().map(Sample::shown), ORDINARY.stream()).toList();
    }

    /**
     * Fails unless {@code output} holds no C0 control but tab and line feed, no DEL, no C1 control,
     * no bidi override, embedding or isolate, no zero-width space or BOM, and none of the corpus's
     * misplaced joiners.
     */
    public static void assertSafe(String channel, String output) {
        for (int i = 0; i < output.length(); ) {
            int c = output.codePointAt(i);
            boolean bad = c <= 0x08 || c >= 0x0B && c <= 0x1F || c == 0x7F || c >= 0x80 && c <= 0x9F
                    || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200B || c == 0xFEFF;
            if (bad) {
                int from = Math.max(0, i - 20);
                throw new AssertionError(String.format("%s wrote U+%04X at %d, after \"%s\"", channel, c, i,
                        output.substring(from, i).replaceAll("\\p{Cntrl}", "?")));
            }
            i += Character.charCount(c);
        }
        if (output.contains("o\u200dh")) {
            throw new AssertionError(channel + " wrote a zero-width joiner inside a Latin word");
        }
    }

    /** As {@link #assertSafe(String, String)}, for a format whose lines end in CR LF (vCard, iCalendar). */
    public static void assertSafeWithCrLf(String channel, String output) {
        assertSafe(channel, output.replace("\r\n", "\n"));
    }

    /** As {@link #assertSafe(String, String)}, for bytes written as UTF-8 (which must decode as such). */
    public static void assertSafe(String channel, byte[] output) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(output)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(channel + " is not UTF-8", e);
        }
        for (byte b : output) {
            if (b >= 0 && b <= 0x08 || b >= 0x0B && b <= 0x1F || b == 0x7F) {
                throw new AssertionError(String.format("%s wrote the byte 0x%02X", channel, b));
            }
        }
        assertSafe(channel, text);
    }

    /** Fails unless every cleaned corpus value and every ordinary value shows in {@code output}. */
    public static void assertShown(String channel, String output) {
        for (String shown : everyShown()) {
            if (!output.contains(shown)) {
                throw new AssertionError(channel + " does not show \"" + shown + "\"");
            }
        }
    }
}
