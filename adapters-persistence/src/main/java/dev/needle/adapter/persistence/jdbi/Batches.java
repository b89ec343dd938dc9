package dev.needle.adapter.persistence.jdbi;

import org.jdbi.v3.core.statement.PreparedBatch;

/** Runs a batch only when it has rows: a contact without tags needs no round trip for them. */
final class Batches {
    private Batches() {
    }

    static void run(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
