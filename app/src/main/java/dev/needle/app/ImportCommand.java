package dev.needle.app;

import picocli.CommandLine.Command;

/** {@code needle import FORMAT FILE...}: brings records from another program in. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import people from another program; --dry-run shows what would happen.",
        subcommands = {ImportVCardCommand.class, ImportLinkedInCommand.class})
final class ImportCommand {
}
