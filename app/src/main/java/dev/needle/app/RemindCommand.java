package dev.needle.app;

import dev.needle.adapter.interchange.remind.DesktopNotificationChannel;
import dev.needle.adapter.interchange.remind.MailChannel;
import dev.needle.application.port.in.RemindUseCase;
import dev.needle.application.port.out.BeforeRemind;
import dev.needle.application.port.out.ReminderChannel;
import dev.needle.domain.ReminderDigest;
import java.nio.file.Path;
import java.time.ZonedDateTime;
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
        description = {"Send one digest of follow-ups due, people losing touch and meetings in the next day, "
                + "by desktop notification (notify-send) or by mail through a local sendmail or msmtp, as "
                + "remind: in config.yaml says. Each reminder is sent at most once a day; with nothing new to "
                + "send it prints nothing and exits 0. When the channel fails it says why in one line and "
                + "exits 3, so cron mails you the error.",
                "config.yaml:  remind: {channel: mail, mail: {to: me@example.org, command: msmtp}}"})
final class RemindCommand extends Subcommand {
    private static final Logger LOG = LoggerFactory.getLogger(RemindCommand.class);

    @Option(names = "--dry-run", description = "Print the digest that is due today instead of sending it; records nothing.")
    boolean dryRun;


    @Override
    public Integer call() {
        NeedleCommand root = root();
        Path configFile = root.configFile().orElse(root.places().configFile());
        RemindConfig config = RemindConfig.read(configFile);
        // A real run logs the configured mail and calendars first, so the digest never nags about someone
        // the user wrote to yesterday; a dry run changes nothing, so it logs nothing either.
        BeforeRemind before = dryRun ? BeforeRemind.NOTHING : () -> LogConfiguredCommand.logConfigured(root, false);
        RemindUseCase remind = useCases().touch().reminders().by(channel(config, root), before);
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
            return fail(NeedleCommand.MACHINE, failed.getMessage() + "; nothing was recorded as sent");
        }
    }

    private static ReminderChannel channel(RemindConfig config, NeedleCommand root) {
        if (config.channel() == RemindConfig.Channel.MAIL) {
            return new MailChannel(config.command(), config.to().orElseThrow(), config.from(), root.environment(),
                    ZonedDateTime.now());
        }
        return new DesktopNotificationChannel(root.environment());
    }
}
