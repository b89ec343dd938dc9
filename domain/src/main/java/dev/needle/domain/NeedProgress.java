package dev.needle.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** How the needs stand: how many are open, in progress and met, and the most important ones still open. */
public record NeedProgress(int open, int inProgress, int met, List<Need> topOpen) {
    public NeedProgress {
        topOpen = List.copyOf(topOpen);
    }

    /** {@code top} caps how many of the active needs (open or in progress) are listed, by priority. */
    public static NeedProgress of(Collection<Need> needs, int top) {
        int open = 0;
        int inProgress = 0;
        int met = 0;
        for (Need need : needs) {
            switch (need.status()) {
                case OPEN -> open++;
                case IN_PROGRESS -> inProgress++;
                case MET -> met++;
                case DROPPED -> {
                    // Dropped needs no longer count toward the direction.
                }
            }
        }
        List<Need> active = needs.stream().filter(Need::isActive)
                .sorted(Comparator.comparingInt(Need::priority).thenComparing(Need::id)).limit(top).toList();
        return new NeedProgress(open, inProgress, met, active);
    }

    public int total() {
        return open + inProgress + met;
    }
}
