package dev.needle.adapter.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dev.needle.adapter.interchange.ics.IcsCalendar;
import dev.needle.adapter.interchange.vcard.VCardFileWriter;
import dev.needle.application.port.in.Backup;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * vCard and iCalendar lines are folded at 75 octets (RFC 6350 3.2, RFC 5545 3.1), never inside a UTF-8
 * sequence: a strict reader checks every physical line on its own, then the files parse back whole.
 */
class OctetFoldingTest {
    /** Two-, three- and four-octet characters, long enough to need several folds. */
    private static final String NAME = "Zoë Ångström-Łukasiewicz 北京市朝阳区 Ñandú 🦉🦉🦉 Çelik Þórsdóttir Ærø Œuvre éèêë";
    private static final String PLACE = "Café Übersee, Straße der Pariser Kommune 12, 北京 🦉 — Saal „Ölmühle“ im Erdgeschoß";

    /** Every line of {@code text} as octets: at most 75 before CRLF, valid UTF-8 alone, folds start with a space. */
    private static void assertStrictlyFolded(String text) throws CharacterCodingException {
        assertThat(text).endsWith("\r\n");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int folds = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                assertThat(i - start).as("octets in line starting at %d", start).isLessThanOrEqualTo(75);
                // Decoding a physical line alone fails if a fold split a UTF-8 sequence.
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, i - start));
                start = i + 2;
                if (start < bytes.length && bytes[start] == ' ') {
                    folds++;
                }
            }
        }
        assertThat(start).isEqualTo(bytes.length);
        assertThat(folds).as("lines were folded").isPositive();
    }

    @Test
    void vCardLinesFoldByOctets() throws IOException {
        Contact person = Contact.capture(new ContactId(7), NAME).edit().company(PLACE).version(1).build();
        StringWriter out = new StringWriter();
        new VCardFileWriter("4.0").write(List.of(person), out, "test");

        assertStrictlyFolded(out.toString());
        VCard card = Ezvcard.parse(out.toString()).first();
        assertThat(card.getFormattedName().getValue()).isEqualTo(NAME);
        assertThat(card.getOrganization().getValues()).containsExactly(PLACE);
    }

    @Test
    void plannedEventsAreInTheCalendarWithPlaceAndPrepSheetFoldedByOctets() throws IOException {
        Event meetup = Event.plan(new EventId(5), "Design meetup " + NAME, LocalDate.of(2026, 4, 2), PLACE);
        Backup data = new Backup(List.of(), List.of(), List.of(), List.of(meetup), List.of(), List.of(), Optional.empty());
        StringWriter out = new StringWriter();
        new IcsCalendar(ZoneId.of("Europe/Berlin")).write(data, Instant.parse("2026-03-18T10:00:00Z"), out, n -> { },
                event -> "# Prep: " + event.name() + "\n\n1. Introduction at Acme: ask Ana Lima");

        assertStrictlyFolded(out.toString());
        ICalendar calendar = Biweekly.parse(out.toString()).first();
        assertThat(calendar.validate(ICalVersion.V2_0).isEmpty()).as(calendar.validate(ICalVersion.V2_0).toString()).isTrue();
        VEvent event = calendar.getEvents().get(0);
        assertThat(event.getUid().getValue()).isEqualTo("event-5@needle");
        assertThat(event.getSummary().getValue()).isEqualTo("Design meetup " + NAME);
        assertThat(event.getLocation().getValue()).isEqualTo(PLACE);
        assertThat(event.getDescription().getValue()).contains("# Prep: Design meetup", "Introduction at Acme: ask Ana Lima");
        assertThat(event.getDateStart().getValue().hasTime()).isFalse();
    }
}
