package dev.needle.adapter.interchange.ics;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import dev.needle.application.port.in.Backup;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.Initiator;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Money;
import dev.needle.domain.Schedule;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 20, 14, 30);

    private final Contact ana = Contact.capture(new ContactId(7), "Ana Lima").edit().company("Acme").version(1).build()
            .followUpOn(LocalDate.of(2026, 3, 25));
    private final Contact closed = Contact.capture(new ContactId(8), "Bo Chen").withVersion(1)
            .followUpOn(LocalDate.of(2026, 3, 26)).closeKindly("Thanks, not now.", LocalDate.of(2026, 3, 1));
    private final MeetingRequest scheduled = MeetingRequest.pending(new MeetingRequestId(42), ana.id(),
                    LocalDate.of(2026, 3, 18), Initiator.THEM, "Talk about design roles", Channel.COFFEE, "Café Blau",
                    Optional.empty(), new CostEstimate(60, 20, Money.parse("4.50")))
            .accept(new Schedule(AT, "Café Blau, Berlin", Channel.COFFEE, 45), "See you there").withVersion(2);
    private final MeetingRequest pending = MeetingRequest.pending(new MeetingRequestId(43), ana.id(),
            LocalDate.of(2026, 3, 18), Initiator.ME, "", Channel.CALL, "", Optional.empty(),
            new CostEstimate(30, 0, Money.ZERO));
    private final Backup data = new Backup(List.of(), List.of(), List.of(ana, closed), List.of(), List.of(),
            List.of(scheduled, pending), Optional.empty());

    private String export(Instant stamp) {
        StringWriter out = new StringWriter();
        new IcsCalendar(BERLIN).write(data, stamp, out);
        return out.toString();
    }

    @Test
    void scheduledMeetingsBecomeEventsWithAnAlarmHalfAnHourBefore() {
        ICalendar calendar = Biweekly.parse(export(Instant.parse("2026-03-18T10:00:00Z"))).first();

        assertThat(calendar.validate(ICalVersion.V2_0).isEmpty()).as(calendar.validate(ICalVersion.V2_0).toString()).isTrue();
        VEvent meeting = calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("meeting-42@needle")).findFirst().orElseThrow();
        assertThat(meeting.getSummary().getValue()).isEqualTo("Meet Ana Lima");
        assertThat(meeting.getLocation().getValue()).isEqualTo("Café Blau, Berlin");
        assertThat(meeting.getDateStart().getValue().toInstant()).isEqualTo(AT.atZone(BERLIN).toInstant());
        assertThat(meeting.getDuration().getValue().toMillis()).isEqualTo(45 * 60_000L);
        assertThat(meeting.getAlarms()).hasSize(1);
        VAlarm alarm = meeting.getAlarms().get(0);
        assertThat(alarm.getTrigger().getDuration().toMillis()).isEqualTo(-30 * 60_000L);
        assertThat(alarm.getTrigger().getRelated()).isEqualTo(Related.START);
    }

    @Test
    void openFollowUpsBecomeAllDayEventsAndClosedContactsAreLeftOut() {
        ICalendar calendar = Biweekly.parse(export(Instant.now())).first();

        assertThat(calendar.getEvents()).extracting(e -> e.getUid().getValue())
                .containsExactlyInAnyOrder("meeting-42@needle", "followup-7@needle");
        VEvent followUp = calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("followup-7@needle")).findFirst().orElseThrow();
        assertThat(followUp.getDateStart().getValue().hasTime()).isFalse();
        assertThat(followUp.getSummary().getValue()).isEqualTo("Follow up with Ana Lima");
        assertThat(export(Instant.now())).contains("DTSTART;VALUE=DATE:20260325");
    }

    @Test
    void uidsAreStableAcrossExports() {
        List<String> first = uids(export(Instant.parse("2026-03-18T10:00:00Z")));
        List<String> second = uids(export(Instant.parse("2026-04-01T08:00:00Z")));

        assertThat(second).isEqualTo(first).hasSize(2);
    }

    @Test
    void linesEndInCrlf() {
        String text = export(Instant.now());

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    private static List<String> uids(String ics) {
        return Biweekly.parse(ics).first().getEvents().stream().map(e -> e.getUid().getValue()).toList();
    }

    @Test
    void followUpsAndKeepInTouchDatesRingAtNineOnTheirDay() {
        dev.needle.domain.Interaction call = new dev.needle.domain.Interaction(new dev.needle.domain.InteractionId(50),
                ana.id(), LocalDate.of(2026, 3, 1), Channel.CALL, 20, 0, dev.needle.domain.Expenses.NONE, "", java.util.Set.of());
        Backup withCadence = new Backup(List.of(), List.of(), List.of(ana, closed), List.of(), List.of(call), List.of(),
                Optional.empty()).withCadences(new Backup.Cadences(List.of(new dev.needle.domain.KeepInTouch(ana.id(),
                Optional.of(dev.needle.domain.Cadence.parse("2w")), Optional.empty(), LocalDate.of(2026, 1, 1))), List.of()));
        StringWriter out = new StringWriter();
        new IcsCalendar(BERLIN).write(withCadence, Instant.parse("2026-03-18T10:00:00Z"), out);
        ICalendar calendar = Biweekly.parse(out.toString()).first();

        assertThat(calendar.validate(ICalVersion.V2_0).isEmpty()).as(calendar.validate(ICalVersion.V2_0).toString()).isTrue();
        VEvent touch = calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals("touch-7@needle"))
                .findFirst().orElseThrow();
        VEvent followUp = calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals("followup-7@needle"))
                .findFirst().orElseThrow();
        // Due on 15 March, three days before the export: put on the export's day, so the alarm still rings.
        assertThat(touch.getSummary().getValue()).isEqualTo("Keep in touch with Ana Lima");
        assertThat(touch.getDescription().getValue())
                .isEqualTo("Keep in touch every 2 weeks; last call on 2026-03-01; due since 2026-03-15");
        assertThat(out.toString()).contains("UID:touch-7@needle", "DTSTART;VALUE=DATE:20260318");
        for (VEvent day : List.of(touch, followUp)) {
            assertThat(day.getAlarms()).singleElement().satisfies(alarm -> {
                assertThat(alarm.getTrigger().getDuration().toString()).isEqualTo("PT9H");
                assertThat(alarm.getAction().isDisplay()).isTrue();
            });
        }
        assertThat(calendar.getEvents()).noneMatch(e -> e.getUid().getValue().equals("touch-8@needle"));
    }
}
