package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.Budget;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.triage.MessageTemplates;
import dev.needle.domain.triage.TriageSettings;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The configuration file: triage settings, message templates and the budget (read like a plan's, through
 * the same mapping), each optional, and the database section, which the application reads for itself;
 * it is named here only so it counts as a known key (so are {@code me:} and {@code log:}, which logging reads).
 * {@code time-zone:} is the user's zone, where the machine's is not (a home server kept in UTC).
 */
record ConfigDoc(TriageSettings triage, MessageTemplates templates, Budget budget, DatabaseSection database,
                 RemindSection remind, MeSection me, LogSection log,
                 SyncSection sync, TeamSection team, String timeZone) {

    /** {@code remind: {channel, mail: {to, from, command | smtp}}}; read by the application for {@code needle remind}. */
    record RemindSection(String channel, MailSection mail) {
    }

    /** Where the reminder mail goes and which local program, or which SMTP server, sends it. */
    record MailSection(String to, String from, String command, SmtpSection smtp) {
    }

    /**
     * {@code smtp: {host, port, security, user, password-file | password-env}}. There is deliberately no
     * {@code password}: one written here is refused as an unknown key, and by {@code needle remind} in words.
     */
    record SmtpSection(String host, Integer port, String security, String user, String passwordFile, String passwordEnv) {
    }

    /** {@code database: {url, user, password}}; never read here, never echoed in an error. */
    record DatabaseSection(String url, String user, String password) {
    }

    /**
     * {@code me: NAME} (who this person is on a shared database) or {@code me: {name, addresses: [...]}}, the
     * addresses being the user's own mail addresses; read by the application for itself.
     */
    record MeSection(String name, java.util.List<String> addresses) {
        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        static MeSection named(String name) {
            return new MeSection(name, null);
        }
    }

    /** {@code team: {keys: {"SHA256:...": Name}}}: who each SSH key is under needle serve; read by the application. */
    record TeamSection(java.util.Map<String, String> keys) {
    }

    /** {@code log: {mail: [{maildir|mbox|notmuch: ...}], calendars: [...], events: true}}; read by the application. */
    record LogSection(java.util.List<MailSource> mail, java.util.List<String> calendars, Boolean events) {
        record MailSource(String maildir, String mbox, String notmuch) {
        }
    }

    /** {@code sync: {vdir, every}}: read by the application for itself (needle sync vdir on an interval). */
    record SyncSection(String vdir, String every) {
    }

    TriageSettings settings() {
        return (triage == null ? TriageSettings.defaults() : triage)
                .withTemplates(templates == null ? MessageTemplates.defaults() : templates);
    }

    NeedleConfig config() {
        return new NeedleConfig(settings(), Optional.ofNullable(budget), zone(timeZone));
    }

    /** A zone as tz names it ("Europe/Paris"), or UTC or an offset; anything else is refused in words. */
    private static Optional<ZoneId> zone(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(text.strip()));
        } catch (DateTimeException unknown) {
            throw new InvalidValueException("time-zone", "time-zone: \"" + text.strip() + "\" is not a time zone; write it as "
                    + "Area/City, like Europe/Paris or America/New_York (as `timedatectl list-timezones` lists them)");
        }
    }
}
