package dev.needle.domain.triage;

import dev.needle.domain.Channel;
import dev.needle.domain.CostEstimate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The triage result: the recommendation, every reason that produced it (never empty), the cost that
 * was weighed, the channel to propose and a message ready to send. {@code fit} is the best need
 * match on a 0–100 scale, shown so the user can see how close a call was.
 */
public record Verdict(Recommendation recommendation, List<Reason> reasons, int fit, CostEstimate cost,
                      Optional<Channel> channel, String suggestedMessage) {
    public Verdict {
        Objects.requireNonNull(recommendation, "recommendation");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A verdict always carries its reasons.");
        }
        Objects.requireNonNull(cost, "cost");
        channel = channel == null ? Optional.empty() : channel;
        Objects.requireNonNull(suggestedMessage, "suggestedMessage");
    }

    public boolean hasReason(ReasonKind kind) {
        return reasons.stream().anyMatch(r -> r.kind() == kind);
    }
}
