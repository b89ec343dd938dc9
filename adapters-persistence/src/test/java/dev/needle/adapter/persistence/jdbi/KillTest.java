package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process saving contacts is killed with SIGKILL at random moments; every save it acknowledged must be
 * there when the file is opened again, and the file must open cleanly every time.
 *
 * <p>Reopening a file whose owner was killed takes H2 about 4 s (it waits out the dead process's lock
 * file), so the rounds run in a few lanes at once, each on its own database file.
 */
class KillTest {
    private static final int LANES = 4;
    private static final int ROUNDS_PER_LANE = 3;

    @TempDir
    Path root;

    @Test
    void everyAcknowledgedSaveSurvivesAKill() throws Exception {
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                Path dataDir = Files.createDirectory(root.resolve("lane-" + lane));
                Random random = new Random(20_261_126L + lane);
                results.add(lanes.submit(() -> killAndReopen(dataDir, random)));
            }
            int acknowledged = 0;
            for (Future<Integer> result : results) {
                acknowledged += result.get();
            }
            assertThat(acknowledged).isGreaterThan(LANES * ROUNDS_PER_LANE);
        } finally {
            lanes.shutdownNow();
        }
    }

    /** Runs the rounds of one lane; returns how many saves were acknowledged in all. */
    private static int killAndReopen(Path dataDir, Random random) throws InterruptedException {
        Set<Long> acknowledged = new HashSet<>();
        for (int round = 1; round <= ROUNDS_PER_LANE; round++) {
            int acknowledgementsBeforeKill = 1 + random.nextInt(80);
            try (ChildJvm child = ChildJvm.start(SavingChild.class, dataDir.resolve("child-" + round + ".err"), dataDir.toString())) {
                for (int i = 0; i < acknowledgementsBeforeKill; i++) {
                    String line = child.readLine();
                    assertThat(line).as("child ended early in round %d; see its stderr in %s", round, dataDir).isNotNull();
                    acknowledged.add(Long.parseLong(line));
                }
                // The child is in the middle of its next save by now, often of its commit.
                child.kill();
            }

            try (JdbiPersistence reopened = JdbiPersistence.open(H2Urls.fileUrl(dataDir), FreshH2Databases.USER, FreshH2Databases.PASSWORD)) {
                Set<Long> stored = reopened.contacts().findAll().stream()
                        .map(Contact::id).map(ContactId::value).collect(Collectors.toSet());
                assertThat(stored).as("after kill %d in %s", round, dataDir).containsAll(acknowledged);
            }
        }
        return acknowledged.size();
    }
}
