package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.port.in.ImportedPerson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RecordStreamTest {
    private static ImportedPerson person(int record) {
        return new ImportedPerson(record, record, "Person " + record, "", "", List.of(), List.of(), List.of(), List.of(), "",
                Optional.empty(), List.of());
    }

    private static List<Integer> drain(RecordStream<ImportedPerson> stream) {
        List<Integer> records = new ArrayList<>();
        stream.forEach(person -> records.add(person.record()));
        return records;
    }

    @Test
    void everyRecordArrivesInOrderAcrossBatchesAndTheTotalIsKnownOnlyAtTheEnd() {
        RecordStream<ImportedPerson> stream = new RecordStream<>();
        for (int record = 1; record <= 600; record++) {
            stream.add(person(record));
        }
        assertThat(stream.total()).isEmpty();
        stream.finish(600);

        List<Integer> records = drain(stream);

        assertThat(records).hasSize(600).isSorted().startsWith(1).endsWith(600);
        assertThat(stream.total()).hasValue(600);
    }

    @Test
    void theImportingSideWaitsForRecordsStillBeingRead() throws Exception {
        RecordStream<ImportedPerson> stream = new RecordStream<>();
        CompletableFuture<List<Integer>> taken = CompletableFuture.supplyAsync(() -> drain(stream));

        stream.add(person(1));
        Thread.sleep(50);
        assertThat(taken).isNotDone();
        stream.finish(1);

        assertThat(taken.get(10, TimeUnit.SECONDS)).containsExactly(1);
    }

    @Test
    void aReadingFailureIsThrownToTheImportingSide() {
        RecordStream<ImportedPerson> stream = new RecordStream<>();
        IllegalArgumentException bad = new IllegalArgumentException("people.vcf: line 9: not a vCard property line");
        stream.add(person(1));
        stream.fail(bad);
        List<Integer> seen = new ArrayList<>();

        assertThatThrownBy(() -> stream.forEach(person -> seen.add(person.record()))).isSameAs(bad);
        assertThat(seen).isEmpty();
    }

    @Test
    void anErrorWhileReadingReachesTheImportingSideInsteadOfLeavingItWaiting() {
        RecordStream<ImportedPerson> stream = new RecordStream<>();
        stream.fail(new OutOfMemoryError("Java heap space"));

        assertThatThrownBy(() -> drain(stream)).isInstanceOf(OutOfMemoryError.class);
    }

    /** A reader of {@code count} records on a thread of its own, counting what it handed over. */
    private static Thread reader(RecordStream<ImportedPerson> stream, int count, AtomicInteger added,
                                 AtomicReference<Throwable> stopped) {
        Thread thread = new Thread(() -> {
            try {
                for (int record = 1; record <= count; record++) {
                    stream.add(person(record));
                    added.set(record);
                }
                stream.finish(count);
            } catch (RuntimeException e) {
                stopped.set(e);
            }
        }, "test-reader");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Waits until the thread has either ended or is parked waiting; returns its state then. */
    private static Thread.State settled(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Thread.State state = thread.getState();
            if (state == Thread.State.TERMINATED || state == Thread.State.WAITING) {
                return state;
            }
            Thread.sleep(5);
        }
        return thread.getState();
    }

    /**
     * The reader of a large file stops a few thousand records ahead of the import: before, it ran to the
     * end of 100 000 LinkedIn rows while they waited in memory, and the collector copied them pause after
     * pause. Taken, every record still arrives, in order.
     */
    @Test
    void theReaderWaitsOnceItIsFarAheadOfTheImportAndEveryRecordStillArrives() throws Exception {
        RecordStream<ImportedPerson> stream = new RecordStream<>();
        AtomicInteger added = new AtomicInteger();
        Thread reading = reader(stream, 100_000, added, new AtomicReference<>());

        assertThat(settled(reading)).as("the reader waits").isEqualTo(Thread.State.WAITING);
        assertThat(added.get()).isLessThanOrEqualTo(RecordStream.AHEAD * 256 + 256);

        List<Integer> records = drain(stream);
        reading.join(10_000);

        assertThat(records).hasSize(100_000).isSorted().startsWith(1).endsWith(100_000);
        assertThat(reading.isAlive()).isFalse();
    }

    @Test
    void aWaitingReaderIsLetGoWhenTheImportGivesUp() throws Exception {
        RecordStream<ImportedPerson> stream = new RecordStream<>();
        AtomicReference<Throwable> stopped = new AtomicReference<>();
        Thread reading = reader(stream, 100_000, new AtomicInteger(), stopped);
        assertThat(settled(reading)).isEqualTo(Thread.State.WAITING);

        stream.abandon();
        reading.join(10_000);

        assertThat(reading.isAlive()).as("the reader has ended").isFalse();
        assertThat(stopped.get()).isInstanceOf(RecordStream.Abandoned.class);
    }

    @Test
    void skippingTheRestLetsTheReaderFinishAndTellsItsFailure() throws Exception {
        RecordStream<ImportedPerson> stream = new RecordStream<>();
        Thread reading = reader(stream, 50_000, new AtomicInteger(), new AtomicReference<>());

        stream.skipRest();
        reading.join(10_000);

        assertThat(reading.isAlive()).isFalse();
        assertThat(stream.total()).hasValue(50_000);
        stream.skipRest(); // at the end already: returns at once

        RecordStream<ImportedPerson> failing = new RecordStream<>();
        IllegalArgumentException bad = new IllegalArgumentException("people.csv: line 9: no name");
        Thread failingReader = new Thread(() -> {
            for (int record = 1; record <= 20_000; record++) {
                failing.add(person(record));
            }
            failing.fail(bad);
        });
        failingReader.setDaemon(true);
        failingReader.start();
        assertThatThrownBy(failing::skipRest).isSameAs(bad);
    }
}
