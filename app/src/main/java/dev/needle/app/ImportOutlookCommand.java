package dev.needle.app;

import dev.needle.adapter.interchange.outlook.OutlookContactsReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code needle import outlook FILE [--dry-run]}: contacts from Outlook's CSV export. */
@Command(name = "outlook", mixinStandardHelpOptions = true, footer = {"  needle import outlook contacts.csv --dry-run"},
        description = "Import Outlook's contacts CSV (First Name,Middle Name,Last Name,...,E-mail Address,..., as Outlook, Outlook.com and Google's \"Outlook CSV\" write it); people are matched on their email, web page, or name and company. A semicolon-separated file is read too.")
final class ImportOutlookCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The CSV file exported from Outlook.")
    private Path file;

    @Option(names = "--dry-run", description = "Print the report and change nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        OutlookContactsReader reader = new OutlookContactsReader();
        return ImportRun.run(Commands.root(spec), List.of(file), reader::read, dryRun,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
