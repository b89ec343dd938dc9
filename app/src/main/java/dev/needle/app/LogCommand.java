package dev.needle.app;

import picocli.CommandLine.Command;

/**
 * {@code needle log SOURCE}: interactions logged from what is already on disk, mail and calendars.
 * Each source is its own subcommand.
 */
@Command(name = "log", mixinStandardHelpOptions = true,
        footer = {"  needle log mail ~/Mail/INBOX --dry-run", "  needle log calendar ~/.calendars/work"},
        description = {"Log interactions from mail and calendars already on disk: exchanges with people you know "
                + "become interactions, once each however often you run it."},
        subcommands = {LogMailCommand.class, LogCalendarCommand.class, LogConfiguredCommand.class})
final class LogCommand extends Subcommand {
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return NeedleCommand.USAGE;
    }
}
