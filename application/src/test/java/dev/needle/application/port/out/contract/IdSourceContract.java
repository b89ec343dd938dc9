package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** What every {@link dev.needle.application.port.out.IdSource} adapter must do. */
public abstract class IdSourceContract extends StoreContract {

    @Test
    void tenThousandIdsArePositiveAndNeverRepeat() {
        long[] ids = LongStream.generate(db.ids()::next).limit(10_000).toArray();

        assertThat(LongStream.of(ids).min().orElseThrow()).isPositive();
        assertThat(LongStream.of(ids).distinct().count()).isEqualTo(10_000);
    }

    @Test
    void aBlockHoldsTheCountAskedForAndNoIdAnyOtherDrawGives() {
        long single = db.ids().next();
        long[] block = db.ids().nextBlock(1_500);
        long after = db.ids().next();

        assertThat(block).hasSize(1_500);
        assertThat(LongStream.of(block).distinct().count()).isEqualTo(1_500);
        assertThat(block).doesNotContain(single, after);
        assertThat(LongStream.of(block).min().orElseThrow()).isPositive();
        assertThat(db.ids().nextBlock(0)).isEmpty();
    }

    @Test
    void afterSkippingPastAnIdEveryNewIdIsLarger() {
        long first = db.ids().next();

        db.ids().skipPast(first + 200_000);
        db.ids().skipPast(first + 10);

        assertThat(db.ids().next()).isGreaterThan(first + 200_000);
        assertThat(db.ids().next()).isGreaterThan(first + 200_001);
    }

    @Test
    void sessionsDrawingAtTheSameTimeNeverGetTheSameId() throws Exception {
        Callable<long[]> session = () -> LongStream.generate(db.ids()::next).limit(2_500).toArray();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<long[]>> draws = pool.invokeAll(List.of(session, session, session, session));
            Set<Long> all = new HashSet<>();
            for (Future<long[]> draw : draws) {
                LongStream.of(draw.get()).forEach(all::add);
            }
            assertThat(all).hasSize(10_000);
        } finally {
            pool.shutdownNow();
        }
    }
}
