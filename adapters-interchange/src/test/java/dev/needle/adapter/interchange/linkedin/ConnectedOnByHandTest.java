package dev.needle.adapter.interchange.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Today's "Connected On" dates are read by hand before the formatters are tried: whatever the hand reads
 * must be the day the first formatter reads, and what it leaves is left to the formatters.
 */
class ConnectedOnByHandTest {
    private static final DateTimeFormatter FIRST = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static LocalDate byFormatter(String text) {
        try {
            return LocalDate.parse(text.strip(), FIRST);
        } catch (DateTimeParseException notThisOne) {
            return null;
        }
    }

    @Test
    void everyDayOfEveryMonthIsTheFormattersDayOrLeftToIt() {
        List<String> texts = new ArrayList<>();
        for (String month : List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
                "Sept", "OCT", "oct", "Okt", "Mai")) {
            for (int day = 0; day <= 32; day++) {
                for (String year : List.of("2020", "2021", "2024", "1999", "0999", "0000", "20", "20201")) {
                    texts.add(day + " " + month + " " + year);
                    texts.add(String.format("%02d", day) + " " + month + " " + year);
                }
            }
        }
        texts.addAll(List.of(" 05 Oct 2020 ", "05  Oct 2020", "05 Oct  2020", "5 Oct 2020\t", "005 Oct 2020",
                "٠٥ Oct 2020", "05 Oct ٢٠٢٠", "+5 Oct 2020", "05-Oct-2020", "05 Oct 2020, 6:14 PM", ""));
        int readByHand = 0;
        for (String text : texts) {
            LocalDate hand = LinkedInConnectionsReader.plainDay(text);
            if (hand != null) {
                readByHand++;
                assertThat(hand).as(text).isEqualTo(byFormatter(text));
            }
        }
        assertThat(readByHand).as("the usual dates are read by hand").isGreaterThan(12 * 28 * 4 * 2);
        assertThat(LinkedInConnectionsReader.plainDay("05 Oct 2020")).isEqualTo(LocalDate.of(2020, 10, 5));
        assertThat(LinkedInConnectionsReader.plainDay("29 Feb 2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(LinkedInConnectionsReader.plainDay("29 Feb 2021")).as("left to the formatter").isNull();
        assertThat(LinkedInConnectionsReader.plainDay("31 Apr 2020")).as("left to the formatter").isNull();
    }

    @Property
    void anyTextReadByHandIsTheFormattersDay(@ForAll @StringLength(max = 14)
                                             @Chars({' ', '\t', 'J', 'a', 'n', 'O', 'c', 't', 'F', 'e', 'b', 'S', 'p',
                                                     '٣'})
                                             @CharRange(from = '0', to = '9') String text) {
        LocalDate hand = LinkedInConnectionsReader.plainDay(text);
        if (hand != null) {
            assertThat(hand).isEqualTo(byFormatter(text));
        }
    }
}
