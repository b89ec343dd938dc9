package dev.needle.app;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.adapter.interchange.TextFile;
import dev.needle.application.port.in.ImportProgress;
import dev.needle.application.port.in.ImportReport;
import dev.needle.application.port.in.ImportedPerson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The shared course of an import command: read every file first (one bad file stops everything
 * before anything is stored), import all records in one unit of work, print the report.
 *
 * <p>The files are read on a second thread while this one opens the database: on a new database
 * creating the schema takes about as long as parsing ten thousand cards, and the two need not wait
 * for each other. Opening stays on this thread because it may ask for a passphrase on the terminal.
 */
final class ImportRun {
    private ImportRun() {
    }

    /** Every record of every file, numbered across all of them, and where each came from. */
    private record Records(List<ImportedPerson> people, List<ReportPrinter.Source> sources) {
        static Records read(List<Path> files, Function<Path, List<ImportedPerson>> reader) {
            List<ImportedPerson> people = new ArrayList<>();
            List<ReportPrinter.Source> sources = new ArrayList<>();
            for (Path file : files) {
                for (ImportedPerson person : reader.apply(file)) {
                    // Records are numbered across all files so one report can point into each of them.
                    sources.add(new ReportPrinter.Source(file.getFileName().toString(), person.record()));
                    people.add(renumbered(person, people.size() + 1));
                }
            }
            return new Records(people, sources);
        }
    }

    static int run(NeedleCommand root, List<Path> files, Function<Path, List<ImportedPerson>> reader, boolean dryRun,
                   PrintWriter out, PrintWriter err) {
        // A file that is not there (a typo) or is a folder is told before anything else: reading and
        // opening run side by side, and on a new machine the open would create a database for nothing.
        try {
            files.forEach(TextFile::requireReadable);
        } catch (InterchangeException refused) {
            err.println("needle: " + ReportPrinter.clean(refused.getMessage()) + "; nothing was imported");
            return NeedleCommand.BAD_INPUT;
        }
        Progress progress = Progress.onStderr(err, false);
        FutureTask<Records> reading = new FutureTask<>(() -> Records.read(files, reader));
        Thread readingThread = new Thread(reading, "needle-import-reader");
        readingThread.setDaemon(true);
        readingThread.start();
        RuntimeException cannotOpen = null;
        try {
            root.useCases(DatabaseUse.COMMAND);
        } catch (RuntimeException e) {
            cannotOpen = e; // told after the files: a bad file is the first thing to say, as it always was
        }
        // Only now: a passphrase prompt while the database opened must not share its line with a status.
        if (!reading.isDone()) {
            progress.show("reading " + files.stream().map(f -> String.valueOf(f.getFileName()))
                    .collect(Collectors.joining(", ")) + " …");
        }
        Records records;
        try {
            records = outcome(reading);
        } catch (InterchangeException refused) {
            progress.done();
            err.println("needle: " + ReportPrinter.clean(refused.getMessage()) + "; nothing was imported");
            return NeedleCommand.BAD_INPUT;
        }
        if (cannotOpen != null) {
            progress.done();
            throw cannotOpen;
        }
        ImportReport report = root.useCases(DatabaseUse.COMMAND).importContacts().importContacts(records.people(), dryRun,
                shownOn(progress, dryRun ? "checking" : "importing"));
        progress.done();
        ReportPrinter.print(report, records.sources(), out);
        return NeedleCommand.DONE;
    }

    /** Matching counts records, storing counts contacts: the two phases of an import, each with its rate. */
    private static ImportProgress shownOn(Progress progress, String verb) {
        return new ImportProgress() {
            @Override
            public void matched(int done, int total) {
                progress.count(verb, done, total);
            }

            @Override
            public void stored(int done, int total) {
                if (done == total && total > 0) {
                    // Everything is written; the commit can take a second at 100 000 rows: say so.
                    progress.show("committing " + Progress.grouped(total) + " contacts …");
                } else {
                    progress.count("storing", done, total);
                }
            }
        };
    }

    private static Records outcome(FutureTask<Records> reading) {
        try {
            return reading.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException e) {
                throw e;
            }
            if (failed.getCause() instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the files", e);
        }
    }

    private static ImportedPerson renumbered(ImportedPerson p, int record) {
        return new ImportedPerson(record, p.line(), p.name(), p.company(), p.role(), p.emails(), p.phones(), p.urls(),
                p.tags(), p.notes(), p.connectedOn(), p.foreignFields());
    }
}
