package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.port.in.Backup;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An event's time in a backup: kept through a round trip, and absent from the backups made before it. */
class YamlEventTimeBackupTest {
    private final NeedleYaml yaml = new NeedleYaml();

    private Backup read(String text) {
        return ((BackupFile) yaml.read("backup.yaml", text.getBytes(StandardCharsets.UTF_8))).backup();
    }

    @Test
    void aBackupMadeBeforeEventsHadTimesRestoresItsEventsAllDay() {
        Backup old = read("""
                needle: backup
                format: 1
                events:
                  - id: 7
                    version: 1
                    name: "UX Lyon Meetup #42"
                    date: 2026-12-17
                    place: La Cordée
                """);

        assertThat(old.events()).containsExactly(new Event(new EventId(7), "UX Lyon Meetup #42", LocalDate.of(2026, 12, 17),
                EventTime.ALL_DAY, "La Cordée", "", java.util.Set.of(), 1));
    }

    @Test
    void aTimedEventKeepsItsStartAndEndThroughABackup() {
        Event meetup = new Event(new EventId(7), "UX Lyon Meetup #42", LocalDate.of(2026, 12, 17),
                EventTime.read("19:00-21:30"), "La Cordée", "", java.util.Set.of(), 1);
        Event breakfast = Event.plan(new EventId(8), "Data Breakfast", LocalDate.of(2026, 12, 18), "").at(EventTime.read("8am"))
                .withVersion(1);
        Backup backup = new Backup(List.of(), List.of(), List.of(), List.of(meetup, breakfast), List.of(), List.of(),
                Optional.empty());
        StringWriter out = new StringWriter();

        yaml.writeBackup(backup, out);

        assertThat(out.toString()).contains("starts-at: \"19:00\"", "ends-at: \"21:30\"", "starts-at: \"08:00\"");
        assertThat(read(out.toString()).events()).containsExactly(meetup, breakfast);
    }

    @Test
    void aTimeWrittenByHandWithoutQuotesReadsAsTheTime() {
        Backup edited = read("""
                needle: backup
                events:
                  - id: 7
                    version: 1
                    name: Meetup
                    date: 2026-12-17
                    starts-at: 19:00
                    ends-at: 09:30
                """);

        assertThat(edited.events()).extracting(Event::time).containsExactly(EventTime.read("19:00-9:30"));
    }

    @Test
    void aTimeWithAOneDigitHourReadsAsTheFormReadsIt() {
        // Unquoted, YAML 1.1 reads 8:30 as a base-60 number (510) and 8.30 as a decimal: both are the clock here.
        Backup edited = read("""
                needle: backup
                events:
                  - id: 7
                    version: 1
                    name: Data Breakfast
                    date: 2026-12-17
                    starts-at: 8:30
                    ends-at: 9.45
                  - id: 8
                    version: 1
                    name: Founders Lunch
                    date: 2026-12-18
                    starts-at: "8.30"
                  - id: 9
                    version: 1
                    name: After-work drinks
                    date: 2026-12-19
                    starts-at: 8:30pm
                    ends-at: 11pm
                """);

        assertThat(edited.events()).extracting(Event::time).containsExactly(EventTime.read("8:30-9:45"),
                EventTime.read("8:30"), EventTime.read("20:30-23:00"));
    }

    @Test
    void aTimeThatIsNoTimeSaysSoInPlainWordsWithFileLineAndField() {
        assertThatThrownBy(() -> read("""
                needle: backup
                events:
                  - id: 7
                    version: 1
                    name: Meetup
                    date: 2026-12-17
                    starts-at: after the talks
                """)).hasMessageStartingWith("backup.yaml, line 7: events[0].starts-at: \"after the talks\" is not a time of day")
                .hasMessageEndingWith("write it like 14:30, 9:30, 2pm or noon");
    }

    @Test
    void anAllDayEventIsWrittenWithoutATime() {
        Backup backup = new Backup(List.of(), List.of(), List.of(),
                List.of(Event.plan(new EventId(8), "Fair", LocalDate.of(2026, 12, 18), "").withVersion(1)), List.of(),
                List.of(), Optional.empty());
        StringWriter out = new StringWriter();

        yaml.writeBackup(backup, out);

        assertThat(out.toString()).doesNotContain("starts-at", "ends-at");
    }

    @Test
    void aTimeThatIsNoTimeNamesItsLine() {
        assertThatThrownBy(() -> read("""
                needle: backup
                events:
                  - id: 7
                    version: 1
                    name: Meetup
                    date: 2026-12-17
                    starts-at: "25:00"
                """)).hasMessageContaining("line 7").hasMessageContaining("\"25:00\" is not a time of day");
    }

    @Test
    void anEndWithoutAStartIsRefused() {
        assertThatThrownBy(() -> read("""
                needle: backup
                events:
                  - id: 7
                    version: 1
                    name: Meetup
                    date: 2026-12-17
                    ends-at: "21:00"
                """)).hasMessageContaining("end needs its start");
    }
}
