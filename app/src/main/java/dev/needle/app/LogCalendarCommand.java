package dev.needle.app;

import dev.needle.application.port.in.LogCalendarUseCase;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code needle log calendar FILE.ics|DIR}: meetings from a calendar. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        footer = {"  needle log calendar ~/.calendars/work --dry-run", "  needle log calendar meetup.ics --events"},
        description = {"Log meetings from an .ics file or a calendar folder of .ics files (a khal or vdirsyncer vdir). "
                + "A past entry whose attendees or organizer include people you know (or, for an entry that lists "
                + "nobody, as khal writes them, whose full names its title holds) becomes an interaction with each, "
                + "its minutes the entry's length: a video call when its location or URL is a Zoom, Meet, Teams, Jitsi, "
                + "Whereby or Webex link, a call when the location says call or phone or is a phone number, otherwise "
                + "an in-person meeting. An entry to come with people you know becomes a scheduled meeting; with "
                + "--events, an entry to come with nobody you know becomes a networking event (with a prep sheet).",
                "Repeating entries are read from 90 days back to 30 days ahead. Cancelled entries and attendees who "
                        + "declined are left out. Running it again logs nothing twice; a file that cannot be read stops "
                        + "the run and nothing is logged."})
final class LogCalendarCommand extends Subcommand {
    @Parameters(paramLabel = "FILE|DIR", description = "An .ics file, or a folder of them.")
    private Path calendar;

    @Option(names = "--events", description = "Plan entries to come with nobody you know as networking events.")
    private boolean events;

    @Option(names = "--dry-run", description = "Print what would be logged and change nothing.")
    private boolean dryRun;

    @Option(names = "--json", description = "Print the report as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        return LogRun.run(this, () -> List.of(useCases().logging().calendar()
                .logCalendar(new LogCalendarUseCase.Command(calendar.toString(), LogRun.me(this), events, dryRun))),
                json, false);
    }
}
