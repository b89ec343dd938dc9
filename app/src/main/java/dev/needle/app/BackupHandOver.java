package dev.needle.app;

import dev.needle.adapter.interchange.yaml.YamlBackupWriter;
import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.ExportBackupUseCase;
import dev.needle.domain.Contact;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Hands a backup being read over to a thread of its own that writes it, so the file is written on the
 * second core while the database is read. A few pages wait at most, so neither side holds the whole
 * backup. A failure on either side stops both and is thrown by {@link #run} as itself.
 */
final class BackupHandOver implements ExportBackupUseCase.Sink {
    /** Pages that may wait for the writer: enough to ride out a collection, few enough to hold little. */
    private static final int WAITING = 4;

    private record Head(Backup head) {
    }

    private record Rest(Backup rest) {
    }

    /**
     * Thrown on the reading side when the writer has stopped: without a cause, so the unit of work it
     * unwinds does not take the writer's failure (a full disk, say) for one of the database's.
     */
    private static final class WriterStopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriterStopped() {
            super("the backup's writer stopped", null, false, false);
        }
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(WAITING);
    private final YamlBackupWriter yaml;
    private volatile Throwable failed;
    private final AtomicLong contacts = new AtomicLong();

    BackupHandOver(YamlBackupWriter yaml) {
        this.yaml = yaml;
    }

    /**
     * Runs {@code read} (which hands the backup to this sink and returns the rest) while a thread of its
     * own writes what it is handed, and returns the rest once everything is written.
     */
    Backup run(Function<ExportBackupUseCase.Sink, Backup> read) {
        Thread writer = new Thread(this::write, "needle-backup-writer");
        writer.setDaemon(true); // never keeps the JVM up on its own
        writer.start();
        boolean written = false;
        try {
            Backup rest = read.apply(this);
            put(new Rest(rest));
            join(writer);
            written = true;
            rethrowWriterFailure();
            return rest;
        } catch (RuntimeException | Error e) {
            rethrowWriterFailure(); // the writer stopping is what stopped the reading, however it was wrapped
            throw e;
        } finally {
            if (!written) {
                writer.interrupt(); // the reading failed: nothing more to write
                join(writer);
            }
        }
    }

    private void write() {
        try {
            while (true) {
                Object next = queue.take();
                if (next instanceof Head h) {
                    yaml.head(h.head());
                } else if (next instanceof Rest r) {
                    yaml.finish(r.rest());
                    return;
                } else {
                    @SuppressWarnings("unchecked")
                    List<Contact> page = (List<Contact>) next;
                    yaml.contacts(page);
                }
            }
        } catch (InterruptedException e) {
            // the reading side gave up
        } catch (RuntimeException | Error e) {
            failed = e;
            queue.clear(); // a reader waiting for room sees the failure at once
        }
    }

    @Override
    public void head(Backup head) {
        put(new Head(head));
    }

    @Override
    public void contacts(List<Contact> page) {
        if (!page.isEmpty()) {
            put(page);
            contacts.addAndGet(page.size());
        }
    }

    /** How many contacts were handed over. */
    long contacts() {
        return contacts.get();
    }

    private void put(Object item) {
        try {
            while (!queue.offer(item, 20, TimeUnit.MILLISECONDS)) {
                if (failed != null) {
                    throw new WriterStopped();
                }
            }
            if (failed != null) {
                throw new WriterStopped();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the export was interrupted", e);
        }
    }

    private void rethrowWriterFailure() {
        Throwable e = failed;
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error error) {
            throw error;
        }
    }

    private static void join(Thread writer) {
        boolean interrupted = false;
        while (true) {
            try {
                writer.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
