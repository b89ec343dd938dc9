package dev.needle.app;

import picocli.CommandLine.Command;

/** {@code needle sync KIND ...}: a group; each kind of address book is its own subcommand. */
@Command(name = "sync", mixinStandardHelpOptions = true, footer = {"  needle sync vdir ~/.contacts/needle --dry-run"},
        description = "Keep Needle and another address book in step, both ways.", subcommands = {SyncVdirCommand.class})
final class SyncCommand extends Subcommand {
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return NeedleCommand.USAGE;
    }
}
