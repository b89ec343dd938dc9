package dev.needle.adapter.persistence.jdbi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A set of ids written as ascending, non-touching ranges, flattened to first, last, first, last, ...
 * An import's new contacts take ids in blocks, so 100 000 of them make a handful of ranges.
 */
final class IdRanges {
    private IdRanges() {
    }

    static Long[] of(Collection<Long> ids) {
        long[] sorted = ids.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        List<Long> bounds = new ArrayList<>();
        for (int i = 0; i < sorted.length; ) {
            int last = i;
            while (last + 1 < sorted.length && sorted[last + 1] == sorted[last] + 1) {
                last++;
            }
            bounds.add(sorted[i]);
            bounds.add(sorted[last]);
            i = last + 1;
        }
        return bounds.toArray(Long[]::new);
    }
}
