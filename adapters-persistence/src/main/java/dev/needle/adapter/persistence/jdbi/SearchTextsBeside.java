package dev.needle.adapter.persistence.jdbi;

import dev.needle.domain.Contact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import org.jdbi.v3.core.Handle;

/**
 * The folded texts of a large unit's new contacts, written on a thread and connection of their own
 * while the unit's thread inserts the next rows: on a database built aside, whose steps nobody sees
 * before it is put in place, the texts' insert and their share of the step commits need not wait for
 * the rows (docs/performance.md, "LinkedIn 100k import: search texts on a second connection"). Each
 * batch goes in as {@link FreshSearchTexts#insertBesideTheirRows} puts it, on this connection, and is
 * committed there. {@link #finish} waits for the last batch and throws what the writing threw;
 * {@link #close} stops it without waiting for the rest, and closes the connection. Nothing written
 * here is kept unless the database built aside is put in place.
 */
final class SearchTextsBeside implements AutoCloseable {
    /** Its own instance, compared by identity: List.of() is shared, and an empty batch must not end the writing. */
    private static final List<Contact> END = Collections.unmodifiableList(new ArrayList<>());

    private final Handle handle;
    private final BlockingQueue<List<Contact>> batches = new LinkedBlockingQueue<>();
    private final FutureTask<Void> writing;
    private volatile boolean stopped;
    private boolean ended;

    SearchTextsBeside(Handle handle) {
        this.handle = handle;
        this.writing = new FutureTask<>(() -> {
            write();
            return null;
        });
        Thread thread = new Thread(writing, "needle-search-texts");
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands on a batch of contacts just inserted (not yet committed) on the unit's own connection. */
    void add(List<Contact> fresh) {
        if (writing.isDone()) {
            finish(); // throws what stopped the writing
        }
        batches.add(fresh);
    }

    /** Waits until every batch handed on is written and committed; throws what the writing threw. */
    void finish() {
        end();
        try {
            writing.get();
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
            throw new IllegalStateException("interrupted while the search texts were written", e);
        }
    }

    private void end() {
        if (!ended) {
            ended = true;
            batches.add(END);
        }
    }

    /** One transaction per batch, committed by the batch's last statement, as on the unit's own connection. */
    private void write() throws InterruptedException {
        handle.begin();
        try {
            for (List<Contact> batch = batches.take(); batch != END && !stopped; batch = batches.take()) {
                FreshSearchTexts.insertBesideTheirRows(handle, batch);
            }
            handle.commit();
        } finally {
            if (handle.isInTransaction()) {
                handle.rollback();
            }
        }
    }

    /** Stops the writing after the batch under way (the unit failed: the database aside is dropped) and closes the connection. */
    @Override
    public void close() {
        stopped = true;
        end();
        try {
            writing.get();
        } catch (ExecutionException | InterruptedException ignored) {
            // finish() told it already, or the unit is failing for another reason
            if (ignored instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            handle.close();
        }
    }
}
