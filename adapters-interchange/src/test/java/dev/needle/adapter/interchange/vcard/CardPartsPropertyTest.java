package dev.needle.adapter.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.interchange.Fixtures;
import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.adapter.interchange.TextFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A file read in parts of any size reads as the whole file did: the same people with the same records,
 * lines and remarks, or the same refusal naming the same line, for files of real exports' cards with
 * any line ends, a byte order mark, blank lines, and at most one fault each.
 */
class CardPartsPropertyTest {
    private static final List<String> CARDS = cards();

    private static List<String> cards() {
        List<String> cards = new ArrayList<>();
        for (String fixture : List.of("android.vcf", "google-contacts.vcf", "iphone.vcf", "outlook.vcf",
                "thunderbird.vcf", "lossless/cases-2.1.vcf", "lossless/cases-3.0.vcf", "lossless/cases-4.0.vcf")) {
            String text;
            try {
                text = TextFile.withoutByteOrderMark(Files.readString(Fixtures.path("vcard/" + fixture), StandardCharsets.UTF_8))
                        .replace("\r\n", "\n").replace('\r', '\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CardOutline.Starts starts = CardOutline.of(fixture, text);
            for (int i = 0; i < starts.offsets().size(); i++) {
                int end = i + 1 < starts.offsets().size() ? starts.offsets().get(i + 1) : text.length();
                String card = text.substring(starts.offsets().get(i), end).strip() + "\n";
                // Only cards that read on their own: a fault is added on purpose below.
                if (outcome(new VCardFileReader(), card.getBytes(StandardCharsets.UTF_8)).startsWith("[")) {
                    cards.add(card);
                }
            }
        }
        return cards;
    }

    private static String outcome(VCardFileReader reader, byte[] file) {
        try {
            return reader.read("parts.vcf", file).toString();
        } catch (InterchangeException refused) {
            return "refused: " + refused.getMessage();
        }
    }

    enum Fault { NONE, NOT_UTF8, NOT_A_PROPERTY, TEXT_BETWEEN, NO_END, END_WITHOUT_BEGIN }

    record File(byte[] bytes, String description) {
        @Override
        public String toString() {
            return description;
        }
    }

    @Property(tries = 300)
    void aFileReadInPartsReadsAsTheWholeFile(@ForAll("files") File file, @ForAll @IntRange(min = 1, max = 3000) int partBytes) {
        assertThat(outcome(new VCardFileReader(partBytes), file.bytes()))
                .isEqualTo(outcome(new VCardFileReader(), file.bytes()));
    }

    @Example
    void aBrokenByteInALaterPartIsToldByItsLineInTheWholeFile() {
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n";
        byte[] bytes = (card.repeat(50) + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\nEND:VCARD\r\n").getBytes(StandardCharsets.UTF_8);
        // Line 203 holds "FN:X"; its X becomes a byte that is not UTF-8.
        bytes[bytes.length - "X\r\nEND:VCARD\r\n".length()] = (byte) 0xFF;

        assertThat(outcome(new VCardFileReader(64), bytes)).startsWith("refused: parts.vcf: line 203: not valid UTF-8 (byte 0xFF)");
    }

    /** The parser reads no card from text that begins with a blank line: each part is parsed from its first card. */
    @Example
    void aCardAfterABlankLineWhereAPartEndsIsRead() {
        String card = "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nEND:VCARD\n";
        byte[] bytes = (card + "\n" + card.replace("Ana", "Ben")).getBytes(StandardCharsets.UTF_8);

        assertThat(new VCardFileReader(card.length()).read("parts.vcf", bytes)).extracting(p -> p.name() + "@" + p.line())
                .containsExactly("Ana@1", "Ben@6");
    }

    @Provide
    Arbitrary<File> files() {
        Arbitrary<List<String>> cards = Arbitraries.of(CARDS).list().ofMinSize(1).ofMaxSize(12);
        Arbitrary<String> lineEnd = Arbitraries.of("\n", "\r\n", "\r");
        Arbitrary<Fault> fault = Arbitraries.of(Fault.class);
        return Combinators.combine(cards, lineEnd, fault, Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 1_000_000)).as(CardPartsPropertyTest::file);
    }

    private static File file(List<String> cards, String lineEnd, Fault fault, boolean byteOrderMark, boolean blankLines,
                             int where) {
        // Bad UTF-8 is told by its LF count, as it always was: a file of CR line ends is one line to it.
        String end = fault == Fault.NOT_UTF8 && lineEnd.equals("\r") ? "\n" : lineEnd;
        List<String> parts = new ArrayList<>(cards);
        int at = where % parts.size();
        String card = parts.get(at);
        int innerLine = card.indexOf('\n') + 1;
        switch (fault) {
            case NOT_A_PROPERTY -> parts.set(at, card.substring(0, innerLine) + "this is no property\n" + card.substring(innerLine));
            case TEXT_BETWEEN -> parts.set(at, card + "stray text\n");
            case NO_END -> parts.set(parts.size() - 1, parts.get(parts.size() - 1).replaceAll("(?i)END:VCARD\n$", ""));
            case END_WITHOUT_BEGIN -> parts.set(at, card + "END:VCARD\n");
            default -> { }
        }
        String text = ((blankLines ? "\n" : "") + String.join(blankLines ? "\n\n" : "", parts)).replace("\n", end);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (byteOrderMark) {
            out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (fault == Fault.NOT_UTF8) {
            int offset = where % bytes.length;
            while (offset > 0 && (bytes[offset] & 0xC0) == 0x80) {
                offset--;
            }
            bytes[offset] = (byte) 0xFF;
        }
        out.writeBytes(bytes);
        return new File(out.toByteArray(), cards.size() + " cards, " + fault + ", line end "
                + (end.equals("\n") ? "LF" : end.equals("\r") ? "CR" : "CRLF") + (byteOrderMark ? ", BOM" : "")
                + (blankLines ? ", blank lines" : "") + ", at " + where);
    }
}
