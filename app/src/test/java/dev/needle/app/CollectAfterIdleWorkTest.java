package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.port.out.BackgroundWork;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The heap is collected once the index's background read is done, so the process gives back what the read used. */
class CollectAfterIdleWorkTest {
    private final List<String> happened = new ArrayList<>();
    private final BackgroundWork work = new CollectAfterIdleWork(new SameThread(), () -> happened.add("collected"));

    @Test
    void theHeapIsCollectedAfterTheIdleWorkHasFinished() {
        work.whenIdle("needle-index-warm-up", () -> happened.add("index read"));

        assertThat(happened).containsExactly("index read", "collected");
    }

    @Test
    void aFailedReadIsNotFollowedByACollectionAndStillReachesTheLog() {
        assertThatThrownBy(() -> work.whenIdle("needle-index-warm-up", () -> {
            throw new IllegalStateException("database connection lost");
        })).hasMessage("database connection lost");

        assertThat(happened).isEmpty();
    }

    @Test
    void workSomeoneWaitsForIsNotFollowedByACollection() {
        Supplier<String> read = work.meanwhile("needle-today-undecided", () -> "read");

        assertThat(read.get()).isEqualTo("read");
        assertThat(happened).isEmpty();
    }

    /** Runs work at once on the caller's thread, so the order of events is plain. */
    private static final class SameThread implements BackgroundWork {
        @Override
        public <T> Supplier<T> meanwhile(String name, Supplier<T> work) {
            T result = work.get();
            return () -> result;
        }

        @Override
        public void whenIdle(String name, Runnable work) {
            work.run();
        }
    }
}
