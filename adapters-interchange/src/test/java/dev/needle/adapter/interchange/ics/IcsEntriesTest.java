package dev.needle.adapter.interchange.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.application.port.in.CalendarEntry;
import dev.needle.application.port.in.MailAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calendar entries from an .ics file and from a vdir written by the test, the vdir checked with the real khal. */
class IcsEntriesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static final String LUNCH = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//test//EN
            BEGIN:VEVENT
            UID:lunch-1@test
            DTSTAMP:20260301T000000Z
            DTSTART:20260310T110000Z
            DTEND:20260310T121500Z
            SUMMARY:Lunch with Ana
            LOCATION:Café Central
            ORGANIZER;CN=Me:mailto:me@example.net
            ATTENDEE;CN=Ana Ruiz;PARTSTAT=ACCEPTED:mailto:ana@example.org
            ATTENDEE;CN=Bob;PARTSTAT=DECLINED:mailto:bob@example.com
            END:VEVENT
            BEGIN:VEVENT
            UID:cancelled@test
            DTSTAMP:20260301T000000Z
            DTSTART:20260311T110000Z
            DTEND:20260311T120000Z
            STATUS:CANCELLED
            SUMMARY:Called off
            ATTENDEE:mailto:ana@example.org
            END:VEVENT
            END:VCALENDAR
            """;
    static final String WEEKLY = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//test//EN
            BEGIN:VEVENT
            UID:weekly@test
            DTSTAMP:20260101T000000Z
            DTSTART;TZID=Europe/Berlin:20260105T090000
            DTEND;TZID=Europe/Berlin:20260105T093000
            RRULE:FREQ=WEEKLY
            EXDATE;TZID=Europe/Berlin:20260309T090000
            SUMMARY:1:1
            URL:https://meet.google.com/abc-defg-hij
            ATTENDEE:mailto:ana@example.org
            END:VEVENT
            BEGIN:VEVENT
            UID:weekly@test
            DTSTAMP:20260101T000000Z
            RECURRENCE-ID;TZID=Europe/Berlin:20260316T090000
            DTSTART;TZID=Europe/Berlin:20260316T140000
            DTEND;TZID=Europe/Berlin:20260316T150000
            SUMMARY:1:1 (moved)
            ATTENDEE:mailto:ana@example.org
            END:VEVENT
            END:VCALENDAR
            """;

    @TempDir
    Path dir;

    private final IcsEntries reader = new IcsEntries(BERLIN);

    @Test
    void aFileGivesEntriesInTheUsersZoneWithoutCancelledOnesOrDeclinedAttendees() throws IOException {
        Path file = Files.writeString(dir.resolve("cal.ics"), LUNCH.replace("\n", "\r\n"), StandardCharsets.UTF_8);

        List<CalendarEntry> entries = reader.read(file.toString(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        assertThat(entries).singleElement().satisfies(lunch -> {
            assertThat(lunch.uid()).isEqualTo("lunch-1@test");
            assertThat(lunch.recurrenceId()).isEmpty();
            assertThat(lunch.start()).isEqualTo(LocalDateTime.of(2026, 3, 10, 12, 0));
            assertThat(lunch.end()).isEqualTo(LocalDateTime.of(2026, 3, 10, 13, 15));
            assertThat(lunch.location()).isEqualTo("Café Central");
            assertThat(lunch.attendees()).containsExactly(new MailAddress("Ana Ruiz", "ana@example.org"));
            assertThat(lunch.organizer()).contains(new MailAddress("Me", "me@example.net"));
        });
    }

    @Test
    void aRecurringEventIsExpandedOnlyWithinTheWindowWithItsExceptionsAndMovedOccurrence() throws IOException {
        Path file = Files.writeString(dir.resolve("weekly.ics"), WEEKLY, StandardCharsets.UTF_8);

        List<CalendarEntry> entries = reader.read(file.toString(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 22));

        // 2 and 16 March from the rule (9 March is excluded), 16 March replaced by its moved occurrence.
        assertThat(entries).extracting(CalendarEntry::start, CalendarEntry::recurrenceId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(LocalDateTime.of(2026, 3, 16, 14, 0), "20260316T080000Z"),
                org.assertj.core.groups.Tuple.tuple(LocalDateTime.of(2026, 3, 2, 9, 0), "20260302T080000Z"));
        assertThat(entries).allSatisfy(e -> assertThat(e.uid()).isEqualTo("weekly@test"));
        assertThat(entries).filteredOn(e -> e.summary().equals("1:1")).singleElement()
                .satisfies(e -> assertThat(e.url()).isEqualTo("https://meet.google.com/abc-defg-hij"));
    }

    /** An evening meetup in Lyon as Thunderbird writes it, with its zone, and one with Outlook's name for that zone. */
    static final String LYON = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
            BEGIN:VTIMEZONE
            TZID:Europe/Paris
            BEGIN:DAYLIGHT
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            TZNAME:CEST
            DTSTART:19700329T020000
            RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
            END:DAYLIGHT
            BEGIN:STANDARD
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            TZNAME:CET
            DTSTART:19701025T030000
            RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
            END:STANDARD
            END:VTIMEZONE
            BEGIN:VTIMEZONE
            TZID:Romance Standard Time
            BEGIN:STANDARD
            DTSTART:16010101T030000
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
            END:STANDARD
            BEGIN:DAYLIGHT
            DTSTART:16010101T020000
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
            END:DAYLIGHT
            END:VTIMEZONE
            BEGIN:VEVENT
            UID:lyon-meetup@test
            DTSTAMP:20261201T100000Z
            DTSTART;TZID=Europe/Paris:20261217T190000
            DTEND;TZID=Europe/Paris:20261217T213000
            SUMMARY:UX Lyon Meetup
            END:VEVENT
            BEGIN:VEVENT
            UID:late-talk@test
            DTSTAMP:20261201T100000Z
            DTSTART;TZID=Romance Standard Time:20270401T003000
            DTEND;TZID=Romance Standard Time:20270401T013000
            SUMMARY:Late talk
            END:VEVENT
            BEGIN:VEVENT
            UID:weekly-lyon@test
            DTSTAMP:20261201T100000Z
            DTSTART;TZID=Europe/Paris:20270318T190000
            DTEND;TZID=Europe/Paris:20270318T200000
            RRULE:FREQ=WEEKLY;COUNT=3
            SUMMARY:Weekly in Lyon
            END:VEVENT
            END:VCALENDAR
            """;

    @Test
    void anEntryWithAZoneKeepsTheHourOnItsOwnClockWhereverTheMachineIs() throws IOException {
        Path file = Files.writeString(dir.resolve("lyon.ics"), LYON.replace("\n", "\r\n"), StandardCharsets.UTF_8);

        for (String machine : List.of("UTC", "America/New_York", "Asia/Tokyo", "Europe/Paris")) {
            List<CalendarEntry> entries = new IcsEntries(ZoneId.of(machine))
                    .read(file.toString(), LocalDate.of(2026, 12, 1), LocalDate.of(2027, 4, 30));

            assertThat(entries).as(machine).extracting(CalendarEntry::summary, CalendarEntry::startThere, CalendarEntry::endThere)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("UX Lyon Meetup", LocalDateTime.of(2026, 12, 17, 19, 0),
                                    LocalDateTime.of(2026, 12, 17, 21, 30)),
                            org.assertj.core.groups.Tuple.tuple("Late talk", LocalDateTime.of(2027, 4, 1, 0, 30),
                                    LocalDateTime.of(2027, 4, 1, 1, 30)),
                            // Across the change to summer time on 28 March: still 19:00 on Lyon's clock.
                            org.assertj.core.groups.Tuple.tuple("Weekly in Lyon", LocalDateTime.of(2027, 3, 18, 19, 0),
                                    LocalDateTime.of(2027, 3, 18, 20, 0)),
                            org.assertj.core.groups.Tuple.tuple("Weekly in Lyon", LocalDateTime.of(2027, 3, 25, 19, 0),
                                    LocalDateTime.of(2027, 3, 25, 20, 0)),
                            org.assertj.core.groups.Tuple.tuple("Weekly in Lyon", LocalDateTime.of(2027, 4, 1, 19, 0),
                                    LocalDateTime.of(2027, 4, 1, 20, 0)));
        }
        // The user's own clock is still the machine's zone's, for what has passed and what is to come.
        CalendarEntry inNewYork = new IcsEntries(ZoneId.of("America/New_York"))
                .read(file.toString(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)).get(0);
        assertThat(inNewYork.start()).isEqualTo(LocalDateTime.of(2026, 12, 17, 13, 0));
    }

    /** A floating time as khal writes one (khal's own test file event_dt_floating.ics has the form). */
    static final String FLOATING = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN
            BEGIN:VEVENT
            SUMMARY:Floating meetup
            DTSTART;VALUE=DATE-TIME:20261217T190000
            DTEND;VALUE=DATE-TIME:20261217T210000
            DTSTAMP:20261201T100000Z
            UID:floating-meetup@test
            END:VEVENT
            BEGIN:VEVENT
            SUMMARY:Floating weekly
            DTSTART:20261203T090000
            DTEND:20261203T093000
            RRULE:FREQ=WEEKLY;COUNT=2
            DTSTAMP:20261201T100000Z
            UID:floating-weekly@test
            END:VEVENT
            END:VCALENDAR
            """;

    @Test
    void aFloatingTimeIsTheHourWrittenWhenTheUsersZoneIsNotTheMachines() throws IOException {
        Path file = Files.writeString(dir.resolve("floating.ics"), FLOATING, StandardCharsets.UTF_8);
        java.util.TimeZone machine = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        try {
            List<CalendarEntry> entries = new IcsEntries(ZoneId.of("Europe/Paris"))
                    .read(file.toString(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));

            assertThat(entries).extracting(CalendarEntry::summary, CalendarEntry::start, CalendarEntry::startThere,
                    CalendarEntry::endThere).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("Floating meetup", LocalDateTime.of(2026, 12, 17, 19, 0),
                            LocalDateTime.of(2026, 12, 17, 19, 0), LocalDateTime.of(2026, 12, 17, 21, 0)),
                    org.assertj.core.groups.Tuple.tuple("Floating weekly", LocalDateTime.of(2026, 12, 3, 9, 0),
                            LocalDateTime.of(2026, 12, 3, 9, 0), LocalDateTime.of(2026, 12, 3, 9, 30)),
                    org.assertj.core.groups.Tuple.tuple("Floating weekly", LocalDateTime.of(2026, 12, 10, 9, 0),
                            LocalDateTime.of(2026, 12, 10, 9, 0), LocalDateTime.of(2026, 12, 10, 9, 30)));
            // A day is the day written, for a user west of the machine too.
            Path fair = Files.writeString(dir.resolve("fair.ics"), "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\n"
                    + "BEGIN:VEVENT\nUID:fair@test\nDTSTAMP:20261201T100000Z\nDTSTART;VALUE=DATE:20261217\n"
                    + "SUMMARY:Job fair\nEND:VEVENT\nEND:VCALENDAR\n", StandardCharsets.UTF_8);
            assertThat(new IcsEntries(ZoneId.of("America/New_York")).read(fair.toString(), LocalDate.of(2026, 12, 1),
                    LocalDate.of(2026, 12, 31))).extracting(CalendarEntry::start, CalendarEntry::startThere)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDateTime.of(2026, 12, 17, 0, 0),
                            LocalDateTime.of(2026, 12, 17, 0, 0)));
        } finally {
            java.util.TimeZone.setDefault(machine);
        }
    }

    @Test
    void anEntryInUtcOrFloatingIsOnTheUsersClock() throws IOException {
        Path file = Files.writeString(dir.resolve("cal.ics"), LUNCH, StandardCharsets.UTF_8);

        CalendarEntry lunch = reader.read(file.toString(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).get(0);

        assertThat(lunch.startThere()).isEqualTo(LocalDateTime.of(2026, 3, 10, 12, 0));
        assertThat(lunch.endThere()).isEqualTo(LocalDateTime.of(2026, 3, 10, 13, 15));
    }

    @Test
    void aVdirFolderIsReadFileByFileAndKhalCanListIt() throws Exception {
        Path vdir = Files.createDirectories(dir.resolve("calendars/work"));
        // A vdir holds one event (one UID) per file; khal ignores a file with two.
        Files.writeString(vdir.resolve("lunch-1.ics"), LUNCH.replaceAll("(?s)BEGIN:VEVENT\nUID:cancelled.*?END:VEVENT\n", ""),
                StandardCharsets.UTF_8);
        Files.writeString(vdir.resolve("weekly.ics"), WEEKLY, StandardCharsets.UTF_8);

        List<CalendarEntry> entries = reader.read(dir.resolve("calendars").toString(), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 22));

        assertThat(entries).extracting(CalendarEntry::summary).containsExactlyInAnyOrder("Lunch with Ana", "1:1", "1:1 (moved)");

        assumeTrue(onPath("khal"), "SKIPPED LOUDLY: khal is not installed; install the Debian package khal");
        Path config = Files.writeString(dir.resolve("khal.conf"), "[calendars]\n[[work]]\npath = " + vdir + "\n"
                + "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
                + "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
                + "[sqlite]\npath = " + dir.resolve("khal.db") + "\n");
        ProcessBuilder khal = new ProcessBuilder("khal", "-c", config.toString(), "list", "--format", "{title}",
                "2026-03-10", "1d").redirectErrorStream(true);
        khal.environment().put("TZ", "Europe/Berlin");
        khal.environment().put("HOME", dir.toString());
        Process process = khal.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(out).as("khal list of the vdir the test wrote").contains("Lunch with Ana");
    }

    @Test
    void anEventWithoutAStartAndAFolderWithoutCalendarsAreRefusedByName() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.ics"),
                "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x\nSUMMARY:When?\nEND:VEVENT\nEND:VCALENDAR\n");
        assertThatThrownBy(() -> reader.read(file.toString(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isInstanceOf(InterchangeException.class).hasMessage(file + ": event 1 \"When?\": has no start (DTSTART)");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> reader.read(empty.toString(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .hasMessage(empty + ": no .ics files in this folder; is it a calendar folder (a vdir)?");
    }

    static boolean onPath(String program) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }
}
