package dev.needle.app;

import dev.needle.adapter.interchange.linkedin.LinkedInConnectionsReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code needle import linkedin FILE [--dry-run]}: connections from LinkedIn's data export. */
@Command(name = "linkedin", mixinStandardHelpOptions = true, footer = {"  needle import linkedin Connections.csv --dry-run"},
        description = "Import LinkedIn's Connections.csv; people are matched on their profile URL, email, "
                + "or name and company (unless their LinkedIn profiles differ). Rows with neither name nor URL "
                + "are skipped and counted.")
final class ImportLinkedInCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The Connections.csv file from LinkedIn's export.")
    private Path file;

    @Option(names = "--dry-run", description = "Print the report and change nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        LinkedInConnectionsReader reader = new LinkedInConnectionsReader();
        return ImportRun.run(Commands.root(spec), List.of(file), reader::read, dryRun,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
