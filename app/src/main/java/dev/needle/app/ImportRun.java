package dev.needle.app;

import dev.needle.domain.English;
import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.adapter.interchange.TextFile;
import dev.needle.application.StorageFailedException;
import dev.needle.application.port.in.ImportProgress;
import dev.needle.application.port.in.ImportReport;
import dev.needle.application.port.in.ImportedPerson;
import dev.needle.application.port.in.PreparedPerson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * The shared course of an import command: read the files, import all records in one unit of work,
 * print the report. One bad file stops everything: nothing is stored before every file has been read.
 *
 * <p>The files are read on a second thread while this one opens the database and then matches each
 * record as soon as it has been read: on a new database creating the schema takes about as long as
 * parsing ten thousand cards, and matching a large file need not wait for its last line. Opening
 * stays on this thread because it may ask for a passphrase on the terminal.
 */
final class ImportRun {
    /** How long the opening waits for the first records; parsing 256 takes milliseconds. */
    private static final Duration FIRST_RECORDS_PATIENCE = Duration.ofMillis(500);

    private ImportRun() {
    }

    /** Reads one file, handing on each person as it is read. */
    interface Reader {
        void read(Path file, Consumer<ImportedPerson> each);
    }

    /**
     * Reads every file into {@code stream}, numbering the records across all of them, and returns
     * where each came from (for the report). A failure ends the stream with it.
     */
    private static List<ReportPrinter.Source> read(List<Path> files, Reader reader, RecordStream<PreparedPerson> stream,
                                                   ImportTimeline timeline) {
        List<ReportPrinter.Source> sources = new ArrayList<>();
        try {
            for (Path file : files) {
                Path leaf = file.getFileName();
                String name = (leaf == null ? file : leaf).toString();
                reader.read(file, person -> {
                    // Records are numbered across all files so one report can point into each of them.
                    sources.add(new ReportPrinter.Source(name, person.record()));
                    // Prepared here, on the reading thread, while the import's thread matches the records before.
                    stream.add(PreparedPerson.of(renumbered(person, sources.size())));
                });
            }
        } catch (Throwable failed) {
            stream.fail(failed);
            throw failed;
        }
        stream.finish(sources.size());
        timeline.read();
        return sources;
    }

    static int run(NeedleCommand root, List<Path> files, Reader reader, boolean dryRun, PrintWriter out, PrintWriter err) {
        Progress progress = Progress.onStderr(err, false);
        try {
            return runOnce(root, files, reader, dryRun, out, err, progress);
        } catch (OutOfMemoryError tooLarge) {
            // Thrown out of the reading or the storing: what held the files' text is unreachable by now.
            LoggerFactory.getLogger(ImportRun.class).error("The import ran out of memory", tooLarge);
            progress.done();
            err.println("needle: " + Printable.clean(names(files)) + " needs more memory than Needle may use;"
                    + " run the import again with NEEDLE_MAX_HEAP=2g before it; nothing was imported");
            return NeedleCommand.MACHINE;
        }
    }

    private static String names(List<Path> files) {
        return files.size() == 1 ? files.get(0).toString() : "importing these " + files.size() + " files";
    }

    private static int runOnce(NeedleCommand root, List<Path> files, Reader reader, boolean dryRun, PrintWriter out,
                               PrintWriter err, Progress progress) {
        // A file that is not there (a typo) or is a folder is told before anything else: reading and
        // opening run side by side, and on a new machine the open would create a database for nothing.
        try {
            files.forEach(TextFile::requireReadable);
        } catch (InterchangeException refused) {
            return refused(err, refused);
        }
        ImportTimeline timeline = new ImportTimeline();
        RecordStream<PreparedPerson> stream = new RecordStream<>();
        FutureTask<List<ReportPrinter.Source>> reading = new FutureTask<>(() -> read(files, reader, stream, timeline));
        Thread readingThread = new Thread(reading, "needle-import-reader");
        readingThread.setDaemon(true);
        readingThread.start();
        // A file that fails at its first records (a broken or hostile one) is refused before the
        // database opens: in a moment rather than after the open, and without creating a database on a
        // new machine. Waiting for the first batch of 256 costs the overlap a few milliseconds.
        stream.awaitFirstHandOver(FIRST_RECORDS_PATIENCE);
        timeline.firstRecords();
        if (stream.failed()) {
            try {
                outcome(reading);
            } catch (InterchangeException refused) {
                return refused(err, refused);
            }
        }
        try {
            return imported(root, files, reader, dryRun, out, err, progress, stream, reading, timeline);
        } finally {
            // The reader may wait for room in the stream: whatever ended the import lets it go.
            stream.abandon();
        }
    }

    private static int imported(NeedleCommand root, List<Path> files, Reader reader, boolean dryRun, PrintWriter out,
                                PrintWriter err, Progress progress, RecordStream<PreparedPerson> stream,
                                FutureTask<List<ReportPrinter.Source>> reading, ImportTimeline timeline) {
        UseCases useCases;
        try {
            // A dry run keeps nothing, so it never builds a new folder's database aside.
            useCases = dryRun ? root.useCases() : root.importingUseCases();
            timeline.opened();
        } catch (RuntimeException cannotOpen) {
            // A bad file is the first thing to say, as it always was; then that the database would not open.
            try {
                stream.skipRest();
                outcome(reading);
            } catch (InterchangeException refused) {
                return refused(err, refused);
            }
            if (cannotOpen instanceof StorageFailedException storage) {
                return machineFailed(err, storage);
            }
            throw cannotOpen;
        }
        ImportReport report;
        List<ReportPrinter.Source> sources;
        try {
            report = useCases.importContacts().importPrepared(stream, dryRun,
                    shownOn(progress, dryRun ? "checking" : "importing", stream, timeline));
            stream.skipRest(); // taken to its end already; were it not, the reader would wait for ever
            sources = outcome(reading);
            if (!root.putImportInPlace()) {
                progress.done();
                return intoTheDatabaseMadeMeanwhile(root, files, reader, out, err);
            }
            timeline.committed(sources.size());
        } catch (InterchangeException refused) {
            progress.done();
            return refused(err, refused);
        } catch (StorageFailedException storage) {
            // The import is one transaction, or fills a new folder's database aside: a failed write,
            // commit or placement keeps nothing of it.
            progress.done();
            return machineFailed(err, storage);
        }
        progress.done();
        ReportPrinter.print(report, sources, out);
        return NeedleCommand.DONE;
    }

    /**
     * Another Needle created the data folder's database while this import filled a new one aside. That
     * one is left as it is (it may hold what its user did meanwhile) and the import runs again, into it,
     * matching against what it holds: the report is then that run's.
     */
    private static int intoTheDatabaseMadeMeanwhile(NeedleCommand root, List<Path> files, Reader reader, PrintWriter out,
                                                    PrintWriter err) {
        LoggerFactory.getLogger(ImportRun.class).info("Another process created the database while the import ran aside;"
                + " importing again, into that one");
        err.println("needle: another Needle created the database in the data folder while this import ran;"
                + " importing into that one");
        try {
            root.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot let go of the database built aside: " + e.getMessage(), e);
        }
        return run(root, files, reader, false, out, err);
    }

    private static int machineFailed(PrintWriter err, StorageFailedException storage) {
        LoggerFactory.getLogger(ImportRun.class).error("The import could not be stored", storage);
        err.println("needle: " + English.followedBy(storage.getMessage(), "nothing was imported"));
        return NeedleCommand.MACHINE;
    }

    private static int refused(PrintWriter err, InterchangeException refused) {
        err.println("needle: " + English.followedBy(Printable.clean(refused.getMessage()), "nothing was imported"));
        return NeedleCommand.BAD_INPUT;
    }

    /**
     * Matching counts records, storing counts contacts: the two phases of an import, each with its
     * rate. The number of records shows once the files have been read.
     */
    private static ImportProgress shownOn(Progress progress, String verb, RecordStream<?> stream, ImportTimeline timeline) {
        return new ImportProgress() {
            @Override
            public void matched(int done, int total) {
                progress.count(verb, done, total == UNKNOWN ? stream.total().orElse(UNKNOWN) : total);
            }

            @Override
            public void stored(int done, int total) {
                if (done == 0) {
                    timeline.matched();
                }
                if (done == total) {
                    timeline.stored();
                }
                if (done == total && total > 0) {
                    // Everything is written; the commit can take a second at 100 000 rows: say so.
                    progress.show("committing " + Progress.grouped(total) + (total == 1 ? " contact …" : " contacts …"));
                } else {
                    progress.count("storing", done, total);
                }
            }
        };
    }

    private static <T> T outcome(FutureTask<T> reading) {
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
        return p.renumbered(record);
    }
}
