package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.port.in.ImportedPerson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
}
