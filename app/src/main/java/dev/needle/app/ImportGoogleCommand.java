package dev.needle.app;

import dev.needle.adapter.interchange.google.GoogleContactsReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code needle import google FILE [--dry-run]}: contacts from Google's CSV export. */
@Command(name = "google", mixinStandardHelpOptions = true, footer = {"  needle import google contacts.csv --dry-run"},
        description = "Import the CSV Google Contacts exports (\"Google CSV\", the older Name,Given Name,... layout or the newer First Name,Middle Name,... one); people are matched on their email, profile URL, or name and company. A semicolon-separated file is read too.")
final class ImportGoogleCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The contacts.csv file from Google Contacts' export.")
    private Path file;

    @Option(names = "--dry-run", description = "Print the report and change nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        GoogleContactsReader reader = new GoogleContactsReader();
        return ImportRun.run(Commands.root(spec), List.of(file), reader::read, dryRun,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
