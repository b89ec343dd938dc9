package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home server's zone need not be its user's: {@code time-zone:} in config.yaml is the user's, for every
 * command alike (the full screen over SSH, and cron's `needle remind` and `needle export ics`, which start
 * with no TZ of the user's shell).
 */
class TimeZoneConfigTest {
    private static final DateTimeFormatter ICS = DateTimeFormatter.ofPattern("yyyyMMdd");
    private final TimeZone machine = TimeZone.getDefault();

    @TempDir
    Path home;

    @AfterEach
    void theMachinesZoneAgain() {
        TimeZone.setDefault(machine);
    }

    @Test
    void theConfiguredZoneIsTheUsersClockOnAServerInAnotherZone() throws IOException {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        CliRun cli = new CliRun(home);
        Path config = Files.writeString(home.resolve("config.yaml"), "time-zone: Pacific/Auckland\n");
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        Path ics = Files.writeString(home.resolve("meetup.ics"), "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\n"
                + "BEGIN:VEVENT\nUID:meetup@test\nDTSTAMP:20260101T000000Z\nDTSTART:" + ICS.format(day) + "T170000Z\n"
                + "DTEND:" + ICS.format(day) + "T190000Z\nSUMMARY:Java meetup\nEND:VEVENT\nEND:VCALENDAR\n");

        assertThat(cli.onDisk("--config", config.toString(), "log", "calendar", ics.toString(), "--events")).as(cli.err).isZero();

        // 17:00 UTC is the next morning in Auckland, not 17:00 on the server's clock.
        ZonedDateTime there = day.atTime(17, 0).atZone(ZoneOffset.UTC).withZoneSameInstant(ZoneId.of("Pacific/Auckland"));
        assertThat(cli.out).contains("Planned: " + there.toLocalDate() + " " + there.toLocalTime() + "–"
                + there.plusHours(2).toLocalTime() + "  Java meetup");
        // The machine's own zone is left as it was: the database and the log keep reading it.
        assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
    }

    @Test
    void aZoneNobodyKnowsIsRefusedNamingTheForm() throws IOException {
        CliRun cli = new CliRun(home);
        Path config = Files.writeString(home.resolve("config.yaml"), "time-zone: Lyon\n");

        assertThat(cli.onDisk("--config", config.toString(), "needs")).isEqualTo(NeedleCommand.USAGE);
        assertThat(cli.err).contains("time-zone", "\"Lyon\" is not a time zone; write it as Area/City, like Europe/Paris");
        assertThat(TimeZone.getDefault()).isEqualTo(machine);
    }
}
