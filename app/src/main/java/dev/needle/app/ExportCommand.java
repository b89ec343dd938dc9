package dev.needle.app;

import picocli.CommandLine.Command;

/** {@code needle export FORMAT [-o FILE]}: writes records out for another program. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export records for another program, to stdout or to a file with -o.",
        subcommands = {ExportVCardCommand.class})
final class ExportCommand {
}
