package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar logging from disk, as a user's cron or notmuch hook runs it: a Maildir and an mbox
 * written here, indexed by the real {@code notmuch new} on a private NOTMUCH_CONFIG (which also names
 * the user's own address, as config.yaml does not here), then a calendar vdir that the real khal lists.
 */
class LogFromDiskIT {
    private static final DateTimeFormatter RFC = DateTimeFormatter.ofPattern("EEE, d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ICS = DateTimeFormatter.ofPattern("yyyyMMdd");

    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();

    private record Run(int exit, String out) {
    }

    private Run run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }

    private Run needle(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Tools.needleJar().toString()));
        command.addAll(List.of(args));
        return run(command.toArray(String[]::new));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void aWeekOfMailThroughNotmuchAndAnMboxThenACalendarVdirEachLoggedOnce() throws Exception {
        Tools.require("notmuch", "/usr/bin/notmuch", "/usr/local/bin/notmuch");
        Tools.require("khal", "/usr/bin/khal", "/usr/local/bin/khal");
        env.putAll(Map.of("HOME", home.toString(), "LANG", "C.UTF-8", "PATH", "/usr/bin:/bin", "TZ", "UTC",
                "NOTMUCH_CONFIG", home.resolve(".notmuch-config").toString()));
        Path mail = home.resolve("Mail");
        String monday = RFC.format(LocalDate.now().minusDays(6));
        String friday = RFC.format(LocalDate.now().minusDays(2));
        write(mail.resolve("cur/1:2,S"), "From: =?ISO-8859-1?Q?Ana_Ru=EDz?= <ana@example.org>\nTo: me@example.net\n"
                + "Date: " + monday + " 09:00:00 +0000\nMessage-ID: <a1@x>\nSubject: Intro to\n the studio\n\n");
        write(mail.resolve(".Sent/cur/2:2,S"), "From: Me <me@example.net>\nTo: ana@example.org\nCc: Bob <bob@example.com>\n"
                + "Date: " + monday + " 10:00:00 +0000\nMessage-ID: <m2@x>\nReferences: <a1@x>\nSubject: Re: Intro to the studio\n\n");
        write(mail.resolve(".Sent/new/3"), "From: me@example.net\nTo: ana@example.org\nDate: " + friday
                + " 08:00:00 +0000\nMessage-ID: <m3@x>\nIn-Reply-To: <m2@x>\nReferences: <a1@x> <m2@x>\nSubject: Re: Intro\n\n");
        write(mail.resolve("cur/4:2,S"), "From: News <news@example.org>\nTo: me@example.net\nList-Unsubscribe: <mailto:u@x>\n"
                + "Date: " + friday + " 07:00:00 +0000\nMessage-ID: <n4@x>\nSubject: This week\n\n");
        write(mail.resolve("cur/5:2,S"), "From: noreply@calendar.example\nTo: me@example.net\nDate: " + friday
                + " 07:30:00 +0000\nMessage-ID: <c5@x>\nSubject: Reminder\n\n");
        write(home.resolve(".notmuch-config"), "[database]\npath=" + mail + "\n[user]\nname=Me\nprimary_email=me@example.net\n"
                + "[new]\ntags=unread;inbox;\n");
        Run indexed = run("notmuch", "new");
        assertThat(indexed.exit()).as(indexed.out()).isZero();
        write(home.resolve("people.vcf"), "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Ruiz\nEMAIL:ana@example.org\nEND:VCARD\n"
                + "BEGIN:VCARD\nVERSION:3.0\nFN:Bob Stone\nEMAIL:bob@example.com\nEND:VCARD\n"
                + "BEGIN:VCARD\nVERSION:3.0\nFN:Carl Weber\nEMAIL:carl@example.com\nEND:VCARD\n");
        assertThat(needle("import", "vcard", home.resolve("people.vcf").toString()).exit()).isZero();

        Run notmuch = needle("log", "mail", "--notmuch", "date:8d..", "--suggest");
        assertThat(notmuch.exit()).as(notmuch.out()).isZero();
        assertThat(notmuch.out()).contains("notmuch query date:8d..: read 5, logged 3 interactions, 0 logged before",
                "Ana Ruiz  email  Emails exchanged: Intro to the studio", "Bob Stone  email  Email sent: Intro to the studio",
                "Ana Ruiz  email  Email sent: Intro (logged from mail)", "Skipped 1 message from a mailing list or newsletter",
                "Skipped 1 message from a no-reply sender");
        assertThat(needle("log", "mail", "--notmuch", "*").out()).contains("logged 0 interactions, 3 logged before");

        // The same thread as an mbox (a mutt archive): the same keys, so nothing new.
        Path mbox = home.resolve("archive.mbox");
        write(mbox, "From ana@example.org Mon Jan  5 09:00:00 2026\n" + Files.readString(mail.resolve("cur/1:2,S"))
                + "\nFrom carl@example.com Mon Jan  5 09:00:00 2026\nFrom: Carl <carl@example.com>\nTo: me@example.net\n"
                + "Date: " + friday + " 12:00:00 +0000\nSubject: lunch?\n\n");
        Run archived = needle("log", "mail", mbox.toString(), "--json");
        assertThat(archived.exit()).as(archived.out()).isZero();
        assertThat(archived.out()).contains("\"already_logged\":1", "\"name\":\"Carl Weber\"", "\"channel\":\"email\"");

        Path vdir = home.resolve(".calendars/work");
        String past = ICS.format(LocalDate.now().minusDays(3));
        write(vdir.resolve("coffee.ics"), "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\nBEGIN:VEVENT\nUID:coffee@t\n"
                + "DTSTAMP:20260101T000000Z\nDTSTART:" + past + "T150000Z\nDTEND:" + past + "T154500Z\nSUMMARY:Coffee with Ana\n"
                + "LOCATION:Café Central\nATTENDEE:mailto:ana@example.org\nATTENDEE:mailto:me@example.net\nEND:VEVENT\nEND:VCALENDAR\n");
        write(home.resolve(".config/khal/config"), "[calendars]\n[[work]]\npath = " + vdir + "\n[locale]\ntimeformat = %H:%M\n"
                + "dateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\n"
                + "longdatetimeformat = %Y-%m-%d %H:%M\n");
        Run khal = run("khal", "list", "--format", "{title}", LocalDate.now().minusDays(3).toString(), "1d");
        assertThat(khal.out()).as("khal lists the vdir").contains("Coffee with Ana");
        Run calendar = needle("log", "calendar", vdir.toString());
        assertThat(calendar.exit()).as(calendar.out()).isZero();
        assertThat(calendar.out()).contains("logged 1 interaction,", "Ana Ruiz  in person, 45 min  Coffee with Ana");
        assertThat(needle("log", "calendar", vdir.toString()).out()).contains("logged 0 interactions, 1 logged before");
    }
}
