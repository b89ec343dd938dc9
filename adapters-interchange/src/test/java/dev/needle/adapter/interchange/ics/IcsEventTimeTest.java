package dev.needle.adapter.interchange.ics;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import dev.needle.application.port.in.Backup;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A planned event in the exported calendar: with a time it is a timed entry in floating local time (the
 * hour the user typed, shown as that hour by khal, Thunderbird and Google in whatever zone they are
 * in); without one it stays an all-day entry.
 */
class IcsEventTimeTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 17);
    private final Event meetup = Event.plan(new EventId(5), "UX Lyon Meetup #42", THURSDAY, "La Cordée").withVersion(1);

    private String export(Event... events) {
        Backup data = new Backup(List.of(), List.of(), List.of(), List.of(events), List.of(), List.of(), Optional.empty());
        StringWriter out = new StringWriter();
        new IcsCalendar(ZoneId.of("Europe/Paris")).write(data, Instant.parse("2026-12-10T08:00:00Z"), out, n -> { },
                e -> "");
        return out.toString();
    }

    @Test
    void anEventWithATimeIsATimedEntryInFloatingLocalTimeEndingTwoHoursLater() {
        String ics = export(meetup.at(EventTime.read("19:00")));

        assertThat(ics).contains("DTSTART:20261217T190000\r\n", "DTEND:20261217T210000\r\n")
                .doesNotContain("VALUE=DATE", "TZID", "T190000Z");
        ICalendar calendar = Biweekly.parse(ics).first();
        assertThat(calendar.validate(ICalVersion.V2_0).isEmpty()).as(calendar.validate(ICalVersion.V2_0).toString()).isTrue();
    }

    @Test
    void anEndTheUserGaveIsTheEntrysEndAndAnEndPastMidnightIsOnTheNextDay() {
        assertThat(export(meetup.at(EventTime.read("7pm-9:30pm")))).contains("DTSTART:20261217T190000\r\n",
                "DTEND:20261217T213000\r\n");
        assertThat(export(meetup.at(EventTime.read("22:00-1:00")))).contains("DTSTART:20261217T220000\r\n",
                "DTEND:20261218T010000\r\n");
    }

    @Test
    void theHourWrittenIsTheOneTypedWhateverZoneTheMachineIsIn() {
        for (String zone : List.of("UTC", "America/Los_Angeles", "Asia/Tokyo")) {
            String ics = inZone(zone, () -> export(meetup.at(EventTime.read("19:00"))));
            assertThat(ics).as(zone).contains("DTSTART:20261217T190000\r\n", "DTEND:20261217T210000\r\n");
        }
    }

    @Test
    void anEventWithNoTimeStaysAnAllDayEntry() {
        assertThat(export(meetup)).contains("DTSTART;VALUE=DATE:20261217\r\n").doesNotContain("T190000");
    }

    @Test
    void anEventRemindsAsAMeetingDoesHalfAnHourBeforeItsStartOrAtNineOnItsDayWhenAllDay() {
        VEvent timed = Biweekly.parse(export(meetup.at(EventTime.read("19:00")))).first().getEvents().get(0);
        assertThat(timed.getAlarms()).singleElement().satisfies(alarm -> {
            assertThat(alarm.getAction().isDisplay()).isTrue();
            assertThat(alarm.getTrigger().getDuration().toMillis()).isEqualTo(-30 * 60_000L);
            assertThat(alarm.getTrigger().getRelated()).isEqualTo(Related.START);
            assertThat(alarm.getDescription().getValue()).isEqualTo("UX Lyon Meetup #42 in 30 minutes, at La Cordée");
        });

        VEvent allDay = Biweekly.parse(export(meetup)).first().getEvents().get(0);
        assertThat(allDay.getAlarms()).singleElement().satisfies(alarm -> {
            assertThat(alarm.getTrigger().getDuration().toString()).isEqualTo("PT9H");
            assertThat(alarm.getDescription().getValue()).isEqualTo("UX Lyon Meetup #42 today, at La Cordée");
        });
    }

    private static String inZone(String zone, Supplier<String> work) {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try {
            return work.get();
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
