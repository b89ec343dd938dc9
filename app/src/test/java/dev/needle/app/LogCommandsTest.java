package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `needle log mail` and `needle log calendar` on an H2 file, with a Maildir and a calendar written here. */
class LogCommandsTest {
    private static final DateTimeFormatter RFC = DateTimeFormatter.ofPattern("EEE, d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ICS = DateTimeFormatter.ofPattern("yyyyMMdd");

    @TempDir
    Path home;

    private CliRun cli;
    private Path config;
    private Path maildir;
    private final LocalDate yesterday = LocalDate.now().minusDays(1);

    @BeforeEach
    void threeContactsAndAMaildir() throws IOException {
        cli = new CliRun(home);
        Path cards = Files.writeString(home.resolve("people.vcf"), "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Ruiz\nEMAIL:ana@example.org\nEND:VCARD\n"
                + "BEGIN:VCARD\nVERSION:3.0\nFN:Bob Stone\nEMAIL:bob@example.com\nEND:VCARD\n"
                + "BEGIN:VCARD\nVERSION:3.0\nFN:Carl Weber\nEMAIL:carl@example.com\nEND:VCARD\n");
        assertThat(cli.onDisk("import", "vcard", cards.toString())).as(cli.err).isZero();
        config = Files.writeString(home.resolve("config.yaml"), "me:\n  addresses: [me@example.net]\n");
        maildir = home.resolve("Mail");
        for (String part : List.of("cur", "new", "tmp")) {
            Files.createDirectories(maildir.resolve(part));
        }
        String day = RFC.format(yesterday);
        message("1", "From: =?UTF-8?Q?Ana_Ru=C3=ADz?= <ana@example.org>\nTo: me@example.net\nDate: " + day
                + " 09:00:00 +0000\nMessage-ID: <a1@x>\nSubject: Coffee\n next week?\n\n");
        message("2", "From: me@example.net\nTo: Ana <ana@example.org>\nCc: Bob <bob@example.com>\nDate: " + day
                + " 10:00:00 +0000\nMessage-ID: <m2@x>\nReferences: <a1@x>\nSubject: Re: Coffee next week?\n\n");
        message("3", "From: dev@lists.example.org\nTo: me@example.net\nList-Id: <dev.lists.example.org>\nDate: " + day
                + " 10:00:00 +0000\nMessage-ID: <l3@x>\nSubject: digest\n\n");
        message("4", "From: Dee <dee@elsewhere.example>\nTo: me@example.net\nDate: " + day
                + " 11:00:00 +0000\nSubject: hello\n\n");
    }

    private void message(String name, String text) throws IOException {
        Files.writeString(maildir.resolve("cur").resolve(name + ":2,S"), text, StandardCharsets.UTF_8);
    }

    private int log(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--config", config.toString(), "log"));
        all.addAll(List.of(args));
        return cli.onDisk(all.toArray(String[]::new));
    }

    @Test
    void mailWithKnownContactsIsLoggedOnceAndASecondRunLogsNothing() {
        assertThat(log("mail", maildir.toString(), "--suggest")).as(cli.err).isZero();
        assertThat(cli.out).contains("read 4, logged 2 interactions, 0 logged before",
                "Ana Ruiz  email  Emails exchanged: Coffee next week?", "Bob Stone  email  Email sent: Coffee next week?",
                "Skipped 1 message from a mailing list or newsletter", "Dee <dee@elsewhere.example>  1 message");

        assertThat(log("mail", maildir.toString(), "--json")).as(cli.err).isZero();
        assertThat(cli.out).contains("\"interactions\":[]", "\"already_logged\":2")
                .contains("\"skipped\":{\"mailing lists and newsletters\":1");
        assertThat(cli.onDisk("contacts", "--json")).isZero();
        assertThat(cli.out).doesNotContain("dee@elsewhere.example");
    }

    @Test
    void aDryRunPrintsWhatItWouldLogAndChangesNothing() {
        assertThat(log("mail", maildir.toString(), "--dry-run")).as(cli.err).isZero();
        assertThat(cli.out).contains("would log 2 interactions", "dry run: nothing changed");
        assertThat(log("mail", maildir.toString())).isZero();
        assertThat(cli.out).contains("logged 2 interactions, 0 logged before");
    }

    @Test
    void anUnreadableMessageIsNamedAndTheRestIsStillLogged() throws IOException {
        message("5", "From: carl@example.com\nTo: me@example.net\nDate: someday\nSubject: ?\n\n");

        assertThat(log("mail", maildir.toString())).as(cli.err).isZero();
        assertThat(cli.out).contains("read 5, logged 2 interactions, 0 logged before",
                "Skipped 1 message without a readable From: or Date: header",
                maildir.resolve("cur/5:2,S") + ": the Date: header \"someday\" is not a date");
        assertThat(log("mail", maildir.toString(), "--json")).isZero();
        assertThat(cli.out).contains("\"unreadable\":[\"" + maildir.resolve("cur/5:2,S"));
    }

    @Test
    void withoutMyAddressesTheRunSaysWhereToSetThem() throws IOException {
        Files.writeString(config, "");

        assertThat(log("mail", maildir.toString())).isEqualTo(NeedleCommand.USAGE);
        assertThat(cli.err).contains("me: addresses:");
    }

    @Test
    void aCalendarMeetingWithAKnownContactIsLoggedOnceByUid() throws IOException {
        Path ics = Files.writeString(home.resolve("cal.ics"), "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\n"
                + "BEGIN:VEVENT\nUID:call-1@test\nDTSTAMP:20260101T000000Z\nDTSTART:" + ICS.format(yesterday)
                + "T100000Z\nDTEND:" + ICS.format(yesterday) + "T103000Z\nSUMMARY:Catch-up\nLOCATION:Phone\n"
                + "ATTENDEE:mailto:carl@example.com\nEND:VEVENT\n"
                + "BEGIN:VEVENT\nUID:dentist@test\nDTSTAMP:20260101T000000Z\nDTSTART:" + ICS.format(yesterday)
                + "T080000Z\nDTEND:" + ICS.format(yesterday) + "T083000Z\nSUMMARY:Dentist\nEND:VEVENT\nEND:VCALENDAR\n");

        assertThat(log("calendar", ics.toString())).as(cli.err).isZero();
        assertThat(cli.out).contains("logged 1 interaction,", "Carl Weber  call, 30 min  Catch-up (logged from your calendar)",
                "Skipped 1 entry with nobody you know");
        assertThat(log("calendar", ics.toString())).isZero();
        assertThat(cli.out).contains("logged 0 interactions, 1 logged before");
    }

    /** khal writes no attendees: the person's full name in the title is who the entry was with. */
    @Test
    void anEntryWithoutAttendeesIsLoggedWithTheKnownPersonItsTitleNames() throws IOException {
        String day = ICS.format(yesterday);
        Path ics = Files.writeString(home.resolve("khal.ics"), "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\n"
                + "BEGIN:VEVENT\nUID:LUNCH1\nDTSTAMP:20260101T000000Z\nDTSTART:" + day + "T123000\nDTEND:" + day
                + "T134500\nSUMMARY:Déjeuner avec ana ruiz\nLOCATION:Café Margaux\\, Lyon\nEND:VEVENT\n"
                + "BEGIN:VEVENT\nUID:CALL2\nDTSTAMP:20260101T000000Z\nDTSTART:" + day + "T170000\nDTEND:" + day
                + "T173000\nSUMMARY:Call with Bob Stone's team\nEND:VEVENT\n"
                + "BEGIN:VEVENT\nUID:DRINKS3\nDTSTAMP:20260101T000000Z\nDTSTART:" + day + "T190000\nDTEND:" + day
                + "T200000\nSUMMARY:Drinks with Carl\nEND:VEVENT\nEND:VCALENDAR\n");

        assertThat(log("calendar", ics.toString())).as(cli.err).isZero();

        assertThat(cli.out).contains("logged 2 interactions,",
                "Ana Ruiz  in person, 75 min  Déjeuner avec ana ruiz (logged from your calendar)",
                "Bob Stone  call, 30 min  Call with Bob Stone's team (logged from your calendar)",
                "Skipped 1 entry with nobody you know");
    }

    /** A dry run's lines say what would happen, as its first line does; the real run's say what did. */
    @Test
    void aDryRunSaysAMeetingWouldBeScheduledAndAnEventPlanned() throws IOException {
        LocalDate coming = LocalDate.now().plusDays(3);
        String day = ICS.format(coming);
        Path ics = Files.writeString(home.resolve("coming.ics"), "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\n"
                + "BEGIN:VEVENT\nUID:coffee-9@test\nDTSTAMP:20260101T000000Z\nDTSTART:" + day + "T090000\nDTEND:" + day
                + "T094500\nSUMMARY:Coffee with Carl\nLOCATION:Café Mokxa\nATTENDEE:mailto:carl@example.com\nEND:VEVENT\n"
                + "BEGIN:VEVENT\nUID:meetup-9@test\nDTSTAMP:20260101T000000Z\nDTSTART:" + day + "T190000\nDTEND:" + day
                + "T210000\nSUMMARY:Climate Data Meetup\nEND:VEVENT\nEND:VCALENDAR\n");

        assertThat(log("calendar", ics.toString(), "--events", "--dry-run")).as(cli.err).isZero();
        assertThat(cli.out).contains("  Would schedule: " + coming + "  Carl Weber  in person  Coffee with Carl",
                "  Would plan: " + coming + " 19:00–21:00  Climate Data Meetup").doesNotContain("Meeting:", "Event:");

        assertThat(log("calendar", ics.toString(), "--events")).as(cli.err).isZero();
        assertThat(cli.out).contains("  Scheduled: " + coming + "  Carl Weber  in person  Coffee with Carl",
                "  Planned: " + coming + " 19:00–21:00  Climate Data Meetup");
    }

    /** An entry's time floats (no zone): the event keeps 19:00 on any machine's clock. */
    @Test
    void anEventPlannedFromACalendarHasItsTimeOfDayInTheJson() throws IOException {
        String day = ICS.format(LocalDate.now().plusDays(3));
        Path ics = Files.writeString(home.resolve("meetups.ics"), "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\n"
                + "BEGIN:VEVENT\nUID:meetup-42@test\nDTSTAMP:20260101T000000Z\nDTSTART:" + day + "T190000\nDTEND:" + day
                + "T213000\nSUMMARY:UX Lyon Meetup #42\nLOCATION:La Cordée\nEND:VEVENT\n"
                + "BEGIN:VEVENT\nUID:fair@test\nDTSTAMP:20260101T000000Z\nDTSTART;VALUE=DATE:" + day
                + "\nSUMMARY:Fintech fair\nEND:VEVENT\nEND:VCALENDAR\n");

        assertThat(log("calendar", ics.toString(), "--events", "--json")).as(cli.err).isZero();

        String date = LocalDate.now().plusDays(3).toString();
        assertThat(cli.out).contains("{\"name\":\"UX Lyon Meetup #42\",\"date\":\"" + date
                        + "\",\"starts_at\":\"19:00\",\"ends_at\":\"21:30\",\"place\":\"La Cordée\"}")
                .contains("{\"name\":\"Fintech fair\",\"date\":\"" + date
                        + "\",\"starts_at\":null,\"ends_at\":null,\"place\":\"\"}");
    }

    @Test
    void theConfiguredSourcesAreLoggedAsOneUnit() throws IOException {
        Path broken = Files.writeString(home.resolve("broken.ics"), "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n"
                + "UID:x\nSUMMARY:When?\nEND:VEVENT\nEND:VCALENDAR\n");
        Files.writeString(config, "me:\n  addresses: [me@example.net]\nlog:\n  mail:\n    - maildir: " + maildir
                + "\n  calendars: [" + broken + "]\n  events: true\n");

        assertThat(log("configured")).isEqualTo(NeedleCommand.BAD_INPUT);
        assertThat(cli.err).contains(broken + ": event 1 \"When?\": has no start (DTSTART); nothing was logged");

        Files.writeString(broken, "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\nBEGIN:VEVENT\nUID:meetup@test\n"
                + "DTSTAMP:20260101T000000Z\nDTSTART:" + ICS.format(LocalDate.now().plusDays(3)) + "T170000Z\n"
                + "DTEND:" + ICS.format(LocalDate.now().plusDays(3)) + "T190000Z\nSUMMARY:Java meetup\nLOCATION:Tech Hub\n"
                + "END:VEVENT\nEND:VCALENDAR\n");
        assertThat(log("configured")).as(cli.err).isZero();
        // The entry is in UTC; the event keeps its time on the user's clock, with its end.
        java.time.ZonedDateTime starts = LocalDate.now().plusDays(3).atTime(17, 0).atZone(java.time.ZoneOffset.UTC)
                .withZoneSameInstant(java.time.ZoneId.systemDefault());
        assertThat(cli.out).contains("logged 2 interactions, 0 logged before", "planned 1 event", "Planned: "
                + starts.toLocalDate() + " " + starts.toLocalTime() + "–" + starts.plusHours(2).toLocalTime()
                + "  Java meetup  Tech Hub");
        assertThat(log("configured", "--json")).isZero();
        assertThat(cli.out).contains("\"already_logged\":2", "\"already_logged\":1").doesNotContain("\"name\":\"Java meetup\"");
    }

    @Test
    void remindLogsTheConfiguredSourcesBeforeItSends() throws IOException {
        Path sent = home.resolve("sent.txt");
        Path sendmail = Files.writeString(home.resolve("fake-sendmail"), "#!/bin/sh\ncat > " + sent + "\n");
        assertThat(sendmail.toFile().setExecutable(true)).isTrue();
        Files.writeString(config, "me:\n  addresses: [me@example.net]\nlog:\n  mail:\n    - maildir: " + maildir
                + "\nremind:\n  channel: mail\n  mail:\n    to: me@example.net\n    command: " + sendmail + "\n");

        assertThat(cli.onDisk("--config", config.toString(), "remind")).as(cli.err).isZero();

        assertThat(log("configured")).as(cli.err).isZero();
        assertThat(cli.out).contains("logged 0 interactions, 2 logged before");
    }
}
