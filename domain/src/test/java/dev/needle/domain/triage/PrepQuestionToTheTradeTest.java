package dev.needle.domain.triage;

import static dev.needle.domain.Contacts.contact;
import static dev.needle.domain.Needs.need;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import dev.needle.domain.Need;
import dev.needle.domain.NeedKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The prep sheet asked a printer "who do you trust for printing, and why?": a question about their own
 * trade, to the person who is that trade. Someone whose work or offer is what the need looks for is asked
 * about taking it on, or who they work with.
 */
class PrepQuestionToTheTradeTest {
    private final Need printing = need(1, "A printer for our labels").kind(NeedKind.VENDOR_PARTNER).topic("printing")
            .build();
    private final Contact rui = contact("Rui Costa").at("Gráfica Norte").as("Print shop owner").offering("printing").build();

    @Test
    void aPrinterIsAskedWhatTheyWouldNeedToTakeOnThePrintingNotWhomTheyTrustForIt() {
        Event fair = new Event(new EventId(3), "Porto Makers Fair", LocalDate.of(2026, 12, 12), EventTime.read("10:00"),
                "Alfândega", "", Set.of(rui.id()), 0);

        PrepSheet sheet = PrepSheet.build(fair, List.of(printing), List.of(rui), new HelperRanking(TriageSettings.defaults()),
                Set.of(), Set.of(), c -> Acquaintance.UNKNOWN);

        assertThat(sheet.toTalkTo()).singleElement().satisfies(p -> assertThat(p.questions()).containsExactly(
                "Rui, what would you need from me to take on my printing, or who do you work with who could?"));
    }
}
