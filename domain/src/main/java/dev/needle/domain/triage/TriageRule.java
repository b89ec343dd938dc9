package dev.needle.domain.triage;

import dev.needle.domain.Channel;
import java.util.Optional;

/**
 * The rules of triage in the order the article gives them; the first that applies decides. Each only
 * decides: the reasons and the message are written from its decision by {@link Explainer} and
 * {@link MessageComposer}.
 */
enum TriageRule {
    SERVES_A_NEED_STRONGLY {
        @Override
        Optional<Decision> decide(Weighing w) {
            if (!w.fits() || w.adjusted() < w.settings().strongFit()) {
                return Optional.empty();
            }
            Channel asked = w.request().format();
            if (!asked.isFaceToFace()) {
                return Optional.of(new Decision(this, Recommendation.TARGETED_ALTERNATIVE, Optional.of(asked), Ground.THEIR_CHANNEL));
            }
            Channel cheaper = w.settings().alternative();
            if (!w.cost().hoursFit()) {
                return Optional.of(new Decision(this, Recommendation.TARGETED_ALTERNATIVE, Optional.of(cheaper), Ground.OVER_HOURS));
            }
            if (!w.cost().moneyFits()) {
                return Optional.of(new Decision(this, Recommendation.TARGETED_ALTERNATIVE, Optional.of(cheaper), Ground.OVER_MONEY));
            }
            if (!w.cost().near()) {
                return Optional.of(new Decision(this, Recommendation.TARGETED_ALTERNATIVE, Optional.of(cheaper), Ground.TOO_FAR));
            }
            return Optional.of(new Decision(this, Recommendation.MEET_IN_PERSON, Optional.of(asked), Ground.STRONG_FIT));
        }
    },
    SERVES_A_NEED_PARTLY {
        @Override
        Optional<Decision> decide(Weighing w) {
            return w.fits()
                    ? Optional.of(new Decision(this, Recommendation.TARGETED_ALTERNATIVE, Optional.of(w.cheaper()), Ground.PARTIAL_FIT))
                    : Optional.empty();
        }
    },
    THEY_NEED_WHAT_YOU_GIVE {
        @Override
        Optional<Decision> decide(Weighing w) {
            return w.give().canHelp()
                    ? Optional.of(new Decision(this, Recommendation.HELP_THEM, Optional.of(w.cheaper()), Ground.PAY_IT_FORWARD))
                    : Optional.empty();
        }
    },
    YOU_HIT_IT_OFF {
        @Override
        Optional<Decision> decide(Weighing w) {
            return w.great()
                    ? Optional.of(new Decision(this, Recommendation.TARGETED_ALTERNATIVE, Optional.of(w.cheaper()), Ground.KEEP_IN_TOUCH))
                    : Optional.empty();
        }
    },
    NOTHING_TO_BUILD_ON {
        @Override
        Optional<Decision> decide(Weighing w) {
            return Optional.of(new Decision(this, Recommendation.DECLINE_KINDLY, Optional.empty(), Ground.NOTHING_SHARED));
        }
    };

    abstract Optional<Decision> decide(Weighing w);

    /** The first rule that applies; the last always does. */
    static Decision first(Weighing w) {
        for (TriageRule rule : values()) {
            Optional<Decision> decision = rule.decide(w);
            if (decision.isPresent()) {
                return decision.get();
            }
        }
        throw new IllegalStateException("The last triage rule always decides.");
    }

    /** What a rule decided: the answer, the channel to propose and the ground the message may give. */
    record Decision(TriageRule rule, Recommendation recommendation, Optional<Channel> channel, Ground ground) {
    }
}
