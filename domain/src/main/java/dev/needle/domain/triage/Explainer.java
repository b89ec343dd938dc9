package dev.needle.domain.triage;

import dev.needle.domain.Channel;
import dev.needle.domain.Need;
import dev.needle.domain.NeedStatus;
import dev.needle.domain.Rapport;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what the rules weighed and decided into the verdict's reasons. The fit it states is the fit
 * the verdict carries (JSON and text agree), with rapport's adjustment spelled out, and a cost or a
 * distance that decided is always among the reasons.
 */
final class Explainer {
    private Explainer() {
    }

    static List<Reason> reasons(Weighing w, TriageRule.Decision d) {
        TriageSettings settings = w.settings();
        List<Reason> reasons = new ArrayList<>();
        if (w.c().needs().stream().noneMatch(Need::isActive)) {
            reasons.add(new Reason(ReasonKind.NO_FIT, "you have not written down what " + w.c().direction().yours()
                    + " needs yet: write down what you need first (press 2)"));
        }
        w.matches().stream().limit(3).forEach(m -> reasons.add(fitReason(m, settings)));
        if (w.candidate()) {
            Need hire = w.matches().get(0).need();
            reasons.add(new Reason(ReasonKind.FIT, w.c().contact().firstName() + " is a candidate for need "
                    + hire.priority() + ": a meeting is an interview, not a favor"));
        }
        metNeeds(w).forEach(reasons::add);
        Rapport rapport = w.c().contact().rapport();
        if (w.great()) {
            reasons.add(new Reason(ReasonKind.RAPPORT, "you hit it off (rapport " + rapport + "): great conversation is a benefit in itself"));
        } else if (w.low()) {
            reasons.add(new Reason(ReasonKind.RAPPORT, "rapport low (" + rapport + ")"));
        }
        reasons.addAll(w.give().reasons());
        if (d.rule() == TriageRule.SERVES_A_NEED_STRONGLY && w.request().format().isFaceToFace()) {
            reasons.addAll(w.cost().reasons());
        } else if (w.request().format().isFaceToFace() && d.recommendation() == Recommendation.TARGETED_ALTERNATIVE) {
            // Not what decided, but a long drive or a spent budget is never hidden behind "partial fit".
            w.cost().reasons().stream().filter(r -> r.kind() == ReasonKind.DISTANCE || r.text().startsWith("over budget"))
                    .forEach(reasons::add);
        }
        Channel channel = d.channel().orElse(null);
        switch (d.ground()) {
            case THEIR_CHANNEL -> reasons.add(new Reason(ReasonKind.FORMAT, (w.request().initiator()
                    == dev.needle.domain.Initiator.ME ? "you proposed " : "they proposed ") + withArticle(channel)
                    + ": no travel or coffee to pay"));
            case OVER_HOURS, OVER_MONEY, TOO_FAR -> reasons.add(new Reason(d.ground() == Ground.TOO_FAR ? ReasonKind.DISTANCE
                    : ReasonKind.COST, "strong fit, but " + (d.ground() == Ground.TOO_FAR ? "too far" : "over budget")
                    + ": " + withArticle(channel) + " instead"));
            case PARTIAL_FIT -> reasons.add(new Reason(ReasonKind.FIT, "partial fit (" + fitFigure(w) + ", in person needs "
                    + settings.strongFit() + "): " + withArticle(channel) + " covers it"));
            case KEEP_IN_TOUCH -> reasons.add(new Reason(ReasonKind.NO_FIT,
                    "no shared need and nothing they ask you can give: keep in touch by " + channel.label()));
            case NOTHING_SHARED -> reasons.add(new Reason(ReasonKind.NO_FIT, declineReason(w)));
            default -> {
            }
        }
        return reasons;
    }

    /** "fit 68 of 100, 48 with rapport low": the verdict's own fit first, then what rapport made of it. */
    private static String fitFigure(Weighing w) {
        return w.adjusted() == w.fit() ? w.fit() + " of 100"
                : "fit " + w.fit() + " of 100, " + w.adjusted() + " with rapport " + (w.great() ? "great" : "low");
    }

    private static Reason fitReason(NeedMatch match, TriageSettings settings) {
        if (match.score() >= settings.minimumFit()) {
            return new Reason(ReasonKind.FIT, match.describe());
        }
        return new Reason(ReasonKind.FIT, "only a loose match with " + match.need().citation() + " (" + match.target()
                + ", " + match.score() + " of 100, below " + settings.minimumFit() + ")");
    }

    /** A need already met that this person would have matched: say who met it and when. */
    private static List<Reason> metNeeds(Weighing w) {
        List<Reason> reasons = new ArrayList<>();
        for (Need need : w.c().metNeeds()) {
            if (need.status() == NeedStatus.MET && !need.targetsMatchedBy(w.c().contact()).isEmpty()) {
                String by = need.metBy().map(id -> w.c().network().nameOf(id).orElse("contact " + id)).orElse("someone");
                reasons.add(new Reason(ReasonKind.FIT, "need " + need.priority() + " (" + need.title() + ") was met by "
                        + by + need.metOn().map(on -> " on " + on).orElse("")));
            }
        }
        return reasons;
    }

    static String withArticle(Channel channel) {
        return channel.withArticle();
    }

    private static String declineReason(Weighing w) {
        var contact = w.c().contact();
        Rapport rapport = contact.rapport();
        // A request they wrote asks for something even when their "looking for" is empty.
        boolean askedForNothing = contact.lookingFor().isEmpty() && (w.request().ask().isBlank()
                || w.request().initiator() != dev.needle.domain.Initiator.THEM);
        String give = askedForNothing ? "they named nothing they look for" : "nothing they ask you can give";
        String feel = w.low() ? "rapport low" : rapport.isRated() ? "rapport " + rapport + ", no more than polite" : "rapport not rated";
        return "no shared need, " + give + ", " + feel;
    }
}
