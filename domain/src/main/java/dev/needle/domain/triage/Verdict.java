package dev.needle.domain.triage;

import dev.needle.domain.Channel;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.Schedule;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The triage result: the recommendation, every reason that produced it (never empty), the cost that
 * was weighed, the channel to propose and a message ready to send. {@code fit} is the best need
 * match on a 0–100 scale, shown so the user can see how close a call was. {@code ground} is the one
 * reason that decided; {@code letter} is what the message was written from, so a message for
 * another answer the user picks is written from the same case.
 */
public record Verdict(Recommendation recommendation, List<Reason> reasons, int fit, CostEstimate cost,
                      Optional<Channel> channel, String suggestedMessage, Ground ground, Letter letter) {
    public Verdict {
        Objects.requireNonNull(recommendation, "recommendation");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A verdict always carries its reasons.");
        }
        Objects.requireNonNull(cost, "cost");
        channel = channel == null ? Optional.empty() : channel;
        Objects.requireNonNull(suggestedMessage, "suggestedMessage");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(letter, "letter");
    }

    public boolean hasReason(ReasonKind kind) {
        return reasons.stream().anyMatch(r -> r.kind() == kind);
    }

    /**
     * What the verdict says, big and plain. When they already proposed a call (or email, message) and
     * it serves a need strongly, the answer is to take it, not to "suggest a call instead".
     */
    public String headline() {
        if (ground == Ground.THEIR_CHANNEL && channel.isPresent()) {
            Channel c = channel.get();
            if (letter.askedBy() == dev.needle.domain.Initiator.ME) {
                // Your own cheap proposal serves a need strongly: go ahead with it.
                return c == Channel.EMAIL || c == Channel.MESSAGE ? "Write by " + c.label() : "Propose " + c.withArticle();
            }
            return c == Channel.EMAIL || c == Channel.MESSAGE ? "Answer by " + c.label() : "Accept the " + c.label();
        }
        if (letter.candidate() && recommendation == Recommendation.MEET_IN_PERSON) {
            return "Invite to an interview";
        }
        if (letter.candidate() && recommendation == Recommendation.TARGETED_ALTERNATIVE
                && channel.map(c -> c == Channel.CALL || c == Channel.VIDEO).orElse(false)) {
            return "Suggest a first interview by " + channel.get().label();
        }
        return recommendation.headline();
    }

    /** Whether they are a candidate for a need to hire: a meeting is an interview, not help. */
    public boolean isCandidate() {
        return letter.candidate();
    }

    /** The message for the answer the user chose, on the channel they chose, written from the same case. */
    public String draft(Recommendation answer, Channel on, MessageTemplates templates) {
        if (answer == recommendation && channel.map(c -> c == on).orElse(answer == Recommendation.DECLINE_KINDLY)) {
            return suggestedMessage;
        }
        return MessageComposer.compose(letter.as(answer, on), templates);
    }

    /** The message accepting the meeting as scheduled: it proposes that day, time and place. */
    public String draftFor(Schedule schedule, MessageTemplates templates) {
        return MessageComposer.compose(letter.as(Recommendation.MEET_IN_PERSON, schedule.format()).scheduledFor(schedule),
                templates);
    }
}
