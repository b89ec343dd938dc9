package dev.needle.adapter.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.application.port.in.ImportedPerson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A file of thousands of cards reads as one read in order would: every card once, in the file's order,
 * numbered from 1 with the line it starts on, and a broken card named by its line in the whole file.
 */
class LargeVCardFileTest {
    private static final int CARDS = 2_500;
    /** Each card is five lines. */
    private static final int LINES_PER_CARD = 5;

    private static String card(int i) {
        return "BEGIN:VCARD\r\nVERSION:" + (i % 2 == 0 ? "3.0" : "4.0") + "\r\nFN:Person " + i + "\r\nTEL:+49 30 " + i
                + "\r\nEND:VCARD\r\n";
    }

    private static List<ImportedPerson> read(String text) {
        return new VCardFileReader().read("big.vcf", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyCardComesOnceInTheFilesOrderWithItsRecordAndLine() {
        String text = String.join("", IntStream.range(0, CARDS).mapToObj(LargeVCardFileTest::card).toList());

        List<ImportedPerson> people = read(text);

        assertThat(people).hasSize(CARDS);
        for (int i = 0; i < CARDS; i++) {
            ImportedPerson person = people.get(i);
            assertThat(person.name()).isEqualTo("Person " + i);
            assertThat(person.phones()).containsExactly("+49 30 " + i);
            assertThat(person.record()).isEqualTo(i + 1);
            assertThat(person.line()).isEqualTo(i * LINES_PER_CARD + 1);
        }
    }

    @Test
    void aBrokenLineLateInTheFileIsNamedByItsLineInTheWholeFile() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < CARDS; i++) {
            text.append(i == 2_000 ? card(i).replace("TEL:", "this is no property\r\nTEL:") : card(i));
        }
        // Card 2 000 starts on line 10 001; its FN is line 10 003 and the broken line 10 004.
        assertThatThrownBy(() -> read(text.toString()))
                .isInstanceOf(InterchangeException.class)
                .hasMessageContaining("big.vcf: line 10004: not a vCard property line");
    }

    @Test
    void theFirstBrokenCardIsTheOneToldWhenBothHalvesHaveOne() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < CARDS; i++) {
            text.append(i == 300 || i == 2_000 ? card(i).replace("TEL:", "this is no property\r\nTEL:") : card(i));
        }
        assertThatThrownBy(() -> read(text.toString()))
                .isInstanceOf(InterchangeException.class)
                .hasMessageContaining("big.vcf: line 1504: not a vCard property line");
    }
}
