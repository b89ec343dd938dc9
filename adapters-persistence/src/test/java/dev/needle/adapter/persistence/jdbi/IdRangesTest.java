package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class IdRangesTest {

    @Test
    void consecutiveIdsCloseUpIntoRangesAndLoneIdsStandAlone() {
        assertThat(IdRanges.of(List.of(7L, 3L, 4L, 5L, 10L, 9L, 20L))).containsExactly(3L, 5L, 7L, 7L, 9L, 10L, 20L, 20L);
        assertThat(IdRanges.of(List.of())).isEmpty();
    }

    @Property
    void theRangesHoldExactlyTheIdsGiven(@ForAll Set<@net.jqwik.api.constraints.LongRange(min = -50, max = 50) Long> ids) {
        Long[] bounds = IdRanges.of(ids);
        Set<Long> covered = new TreeSet<>();
        for (int i = 0; i < bounds.length; i += 2) {
            assertThat(bounds[i]).isLessThanOrEqualTo(bounds[i + 1]);
            if (i > 0) {
                assertThat(bounds[i]).as("ranges neither overlap nor touch").isGreaterThan(bounds[i - 1] + 1);
            }
            for (long id = bounds[i]; id <= bounds[i + 1]; id++) {
                covered.add(id);
            }
        }
        assertThat(covered).isEqualTo(new TreeSet<>(ids));
    }
}
