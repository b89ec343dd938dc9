package dev.needle.app;

import dev.needle.domain.English;
import dev.needle.adapter.interchange.remind.DesktopNotificationChannel;
import dev.needle.adapter.interchange.remind.MailChannel;
import dev.needle.adapter.interchange.remind.SmtpChannel;
import dev.needle.application.port.in.RemindUseCase;
import dev.needle.application.port.out.BeforeRemind;
import dev.needle.application.port.out.ReminderChannel;
import dev.needle.domain.ReminderDigest;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code needle remind [--dry-run]}: for cron or a systemd user timer. Sends one digest of what is due
 * by the configured channel and prints nothing when it worked, so cron mails only failures.
 */
@Command(name = "remind", mixinStandardHelpOptions = true,
        footer = {"  needle remind", "  needle remind --dry-run",
                "  crontab:  0 8 * * *  needle remind",
                "  systemd:  systemctl --user enable --now needle.timer"},
        description = {"Send one digest of follow-ups due, people losing touch, meetings in the next day and events "
                + "coming up (with their time and how soon), "
                + "by desktop notification (notify-send), or by mail through a local sendmail or msmtp or "
                + "straight to an SMTP server, as remind: in config.yaml says. Each reminder is sent at most "
                + "once a day; with nothing new to send it prints nothing and exits 0. When the channel fails it says why in one line and "
                + "exits 3, so cron mails you the error (a mail server that cannot be reached, refuses the "
                + "login or refuses the mail included); a config.yaml it cannot use exits 2.",
                // Short lines: the help wraps at 80 columns, and a wrapped setting cannot be copied.
                "In config.yaml, by a local msmtp:",
                "  remind: {channel: mail, mail: {to: me@example.org, command: msmtp}}",
                "or straight to an SMTP server:",
                "  remind:",
                "    channel: mail",
                "    mail:",
                "      to: me@example.org",
                "      smtp: {host: smtp.example.org, user: me@example.org,",
                "             password-file: ~/.config/needle/smtp-password}"})
final class RemindCommand extends Subcommand {
    private static final Logger LOG = LoggerFactory.getLogger(RemindCommand.class);

    @Option(names = "--dry-run", description = "Print the digest that is due today instead of sending it; records nothing.")
    boolean dryRun;


    @Override
    public Integer call() {
        NeedleCommand root = root();
        Path configFile = root.configFile().orElse(root.places().configFile());
        ReminderChannel channel;
        try {
            channel = channel(RemindConfig.read(configFile, Places.home(root.environment())), root);
        } catch (NeedleFailure unusable) {
            // Said as this command's own line, since cron mails it to someone who must fix config.yaml.
            return fail(unusable.getExitCode(), unusable.getMessage());
        }
        // A real run logs the configured mail and calendars first, so the digest never nags about someone
        // the user wrote to yesterday; a dry run changes nothing, so it logs nothing either.
        BeforeRemind before = dryRun ? BeforeRemind.NOTHING : () -> LogConfiguredCommand.logConfigured(root, false);
        RemindUseCase remind = useCases().touch().reminders().by(channel, before);
        if (dryRun) {
            ReminderDigest digest = remind.preview();
            if (!digest.isEmpty()) {
                out().println(Printable.clean(digest.subject()));
                out().println(Printable.block(digest.body().stripTrailing(), ""));
            }
            return NeedleCommand.DONE;
        }
        try {
            RemindUseCase.Outcome outcome = remind.remind();
            LOG.info("remind: {}", outcome.sentAnything() ? "sent " + outcome.sent().keys().size() + " reminders"
                    : "nothing new to send");
            return NeedleCommand.DONE;
        } catch (ReminderChannel.Failed failed) {
            LOG.warn("remind: the channel failed: {}", failed.getMessage());
            return fail(NeedleCommand.MACHINE, English.followedBy(failed.getMessage(), "nothing was recorded as sent"));
        }
    }

    private static ReminderChannel channel(RemindConfig config, NeedleCommand root) {
        if (config.channel() == RemindConfig.Channel.MAIL && config.smtp().isPresent()) {
            SmtpConfig smtp = config.smtp().get();
            Optional<SmtpChannel.Login> login = smtp.user().map(user -> new SmtpChannel.Login(user,
                    smtp.password().orElseThrow().read(root.environment())));
            return new SmtpChannel(new SmtpChannel.Server(smtp.host(), smtp.port(),
                    SmtpChannel.Security.valueOf(smtp.security().name())), login, config.from().orElseThrow(),
                    config.to().orElseThrow(), ZonedDateTime.now(root.zone()));
        }
        if (config.channel() == RemindConfig.Channel.MAIL) {
            return new MailChannel(config.command(), config.to().orElseThrow(), config.from(), root.environment(),
                    ZonedDateTime.now(root.zone()));
        }
        return new DesktopNotificationChannel(root.environment());
    }
}
