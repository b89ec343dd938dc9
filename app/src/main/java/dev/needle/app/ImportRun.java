package dev.needle.app;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.application.port.in.ImportReport;
import dev.needle.application.port.in.ImportedPerson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The shared course of an import command: read every file first (one bad file stops everything
 * before anything is stored), import all records in one unit of work, print the report.
 */
final class ImportRun {
    private ImportRun() {
    }

    static int run(NeedleCommand root, List<Path> files, Function<Path, List<ImportedPerson>> reader, boolean dryRun,
                   PrintWriter out, PrintWriter err) {
        Progress progress = Progress.onTerminal(err);
        List<ImportedPerson> people = new ArrayList<>();
        List<ReportPrinter.Source> sources = new ArrayList<>();
        try {
            for (Path file : files) {
                progress.show("reading " + file.getFileName() + " …");
                for (ImportedPerson person : reader.apply(file)) {
                    // Records are numbered across all files so one report can point into each of them.
                    sources.add(new ReportPrinter.Source(file.getFileName().toString(), person.record()));
                    people.add(renumbered(person, people.size() + 1));
                }
            }
        } catch (InterchangeException refused) {
            progress.done();
            err.println("needle: " + ReportPrinter.clean(refused.getMessage()) + "; nothing was imported");
            return NeedleCommand.BAD_INPUT;
        }
        String verb = dryRun ? "checking" : "importing";
        int total = people.size();
        progress.count(verb, 0, total);
        ImportReport report = root.useCases().importContacts().importContacts(people, dryRun, done -> {
            if (done < total || dryRun) {
                progress.count(verb, done, total);
            } else {
                // Every record is matched; writing and committing remain, with no count to show.
                progress.show("storing " + Progress.grouped(total) + " records …");
            }
        });
        progress.done();
        ReportPrinter.print(report, sources, out);
        return NeedleCommand.DONE;
    }

    private static ImportedPerson renumbered(ImportedPerson p, int record) {
        return new ImportedPerson(record, p.line(), p.name(), p.company(), p.role(), p.emails(), p.phones(), p.urls(),
                p.tags(), p.notes(), p.connectedOn(), p.foreignFields());
    }
}
