package dev.needle.app;

import picocli.CommandLine.Command;

/**
 * {@code needle import FORMAT ...}: a group; each format is its own subcommand. Importers for other
 * formats (vCard, LinkedIn) join by adding their class to {@code subcommands} here.
 */
@Command(name = "import", mixinStandardHelpOptions = true, footer = {"  needle import vcard contacts.vcf --dry-run"},
        description = "Bring records in from a file.", subcommands = {ImportYamlCommand.class, ImportVCardCommand.class, ImportLinkedInCommand.class,
                ImportGoogleCommand.class, ImportOutlookCommand.class})
final class ImportCommand extends Subcommand {
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return NeedleCommand.USAGE;
    }
}
