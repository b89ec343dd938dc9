package dev.needle.app;

import dev.needle.adapter.interchange.vcard.VCardFileReader;
import dev.needle.adapter.interchange.vcard.VCardLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code needle import vcard FILE... [--dry-run]}: people from address-book exports. */
@Command(name = "vcard", mixinStandardHelpOptions = true, footer = {"  needle import vcard ~/contacts/*.vcf"},
        description = {"Import vCard 2.1, 3.0 or 4.0 files (one or many cards each); people already known by "
                + "email, profile URL or name and company are merged.",
                VCardLimits.SUMMARY})
final class ImportVCardCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "vCard files (.vcf).")
    private List<Path> files;

    @Option(names = "--dry-run", description = "Print the report and change nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        VCardFileReader reader = new VCardFileReader();
        return ImportRun.run(Commands.root(spec), files, reader::read, dryRun,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
