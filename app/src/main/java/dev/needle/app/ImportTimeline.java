package dev.needle.app;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When each phase of an import ended, in milliseconds from the command's start, written to the log
 * file as one line: where a slow import spends its time (opening, reading, matching, storing,
 * committing) without a profiler. Phases overlap: matching starts while the file is still read.
 */
final class ImportTimeline {
    private static final Logger LOG = LoggerFactory.getLogger(ImportTimeline.class);

    private final long start = System.nanoTime();
    /** When the database began to open: after the first records were read, or the wait for them ended. */
    private volatile long firstRecords;
    private volatile long read;
    // Volatile: the phases are marked on the reading and the storing threads and read on another.
    private volatile long opened;
    private volatile long matched;
    private volatile long stored;
    private volatile long committed;

    void firstRecords() {
        firstRecords = now();
    }

    void opened() {
        opened = now();
    }

    /** Called on the reading thread. */
    void read() {
        read = now();
    }

    void matched() {
        matched = now();
    }

    void stored() {
        stored = now();
    }

    /** The end: logs the line. A dry run stores nothing, so it has no storing phase to tell. */
    void committed(int records) {
        committed = now();
        if (stored == 0) {
            LOG.info("import of {} records (dry run): first records at {} ms, database open at {} ms, files read at {} ms, "
                    + "matched at {} ms", records, firstRecords, opened, read, committed);
        } else {
            LOG.info("import of {} records: first records at {} ms, database open at {} ms, files read at {} ms, "
                    + "matched at {} ms, stored at {} ms, committed at {} ms", records, firstRecords, opened, read, matched,
                    stored, committed);
        }
    }

    private long now() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
