package dev.needle.domain.triage;

import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Rapport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what to do with a meeting request, deterministically, and says why.
 *
 * <ol>
 *   <li>Fit (adjusted for rapport) at or above {@code strongFit}: meet in person when the request is
 *       face to face, affordable and near; otherwise a cheaper channel.</li>
 *   <li>Fit at or above {@code minimumFit}: a cheaper channel covers it.</li>
 *   <li>No fit, but they look for something you or someone you know offers: help them.</li>
 *   <li>No fit, nothing to give, but you hit it off: keep in touch through a cheaper channel.</li>
 *   <li>Otherwise: decline kindly.</li>
 * </ol>
 */
public final class TriagePolicy {
    private final TriageSettings settings;

    public TriagePolicy(TriageSettings settings) {
        this.settings = settings;
    }

    public TriageSettings settings() {
        return settings;
    }

    public Verdict triage(TriageCase c) {
        MeetingRequest request = c.request();
        List<NeedMatch> matches = NeedMatch.all(c.needs(), c.contact(), settings);
        int fit = matches.isEmpty() ? 0 : matches.get(0).score();
        boolean fits = fit >= settings.minimumFit();
        Rapport rapport = c.contact().rapport();
        boolean great = rapport.isRated() && rapport.score() >= settings.greatRapport();
        boolean low = rapport.isRated() && rapport.score() <= settings.lowRapport();
        int adjusted = fit + (great ? settings.rapportBonus() : 0) - (low ? settings.rapportPenalty() : 0);
        GiveCheck give = GiveCheck.of(c);
        boolean faceToFace = request.format().isFaceToFace();
        CostCheck cost = CostCheck.of(request.estimate(), c.budget(), settings);

        List<Reason> reasons = new ArrayList<>();
        matches.stream().limit(3).forEach(m -> reasons.add(fitReason(m)));
        if (great) {
            reasons.add(new Reason(ReasonKind.RAPPORT, "you hit it off (rapport " + rapport + "): great conversation is a benefit in itself"));
        } else if (low) {
            reasons.add(new Reason(ReasonKind.RAPPORT, "rapport low (" + rapport + ")"));
        }
        reasons.addAll(give.reasons());

        Recommendation recommendation;
        Optional<Channel> channel;
        if (fits && adjusted >= settings.strongFit()) {
            if (!faceToFace) {
                recommendation = Recommendation.TARGETED_ALTERNATIVE;
                channel = Optional.of(request.format());
                reasons.add(new Reason(ReasonKind.FORMAT, "they proposed " + withArticle(request.format()) + ": no travel or coffee to pay"));
            } else {
                reasons.addAll(cost.reasons());
                boolean meet = cost.affordable() && cost.near();
                recommendation = meet ? Recommendation.MEET_IN_PERSON : Recommendation.TARGETED_ALTERNATIVE;
                channel = Optional.of(meet ? request.format() : settings.alternative());
            }
        } else if (fits) {
            recommendation = Recommendation.TARGETED_ALTERNATIVE;
            channel = Optional.of(cheaper(request));
            reasons.add(new Reason(ReasonKind.FIT, "partial fit (" + adjusted + " of 100, in person needs "
                    + settings.strongFit() + "): " + withArticle(channel.get()) + " covers it"));
        } else if (give.canHelp()) {
            recommendation = Recommendation.HELP_THEM;
            channel = Optional.of(cheaper(request));
        } else if (great) {
            recommendation = Recommendation.TARGETED_ALTERNATIVE;
            channel = Optional.of(cheaper(request));
            reasons.add(new Reason(ReasonKind.NO_FIT, "no shared need and nothing they ask you can give: keep in touch by "
                    + channel.get().label()));
        } else {
            recommendation = Recommendation.DECLINE_KINDLY;
            channel = Optional.empty();
            reasons.add(new Reason(ReasonKind.NO_FIT, declineReason(c.contact(), rapport, low)));
        }
        String message = settings.templates().render(recommendation, Map.of(
                "first", c.contact().firstName(),
                "name", c.contact().name(),
                "channel", channel.map(Channel::label).orElse(""),
                "need", matches.isEmpty() ? "" : matches.get(0).need().title(),
                "help", give.firstHelp().map(Object::toString).orElse("")));
        return new Verdict(recommendation, reasons, fit, request.estimate(), channel, message);
    }

    private Reason fitReason(NeedMatch match) {
        if (match.score() >= settings.minimumFit()) {
            return new Reason(ReasonKind.FIT, match.describe());
        }
        return new Reason(ReasonKind.FIT, "only a loose match with " + match.need().citation() + " (" + match.target()
                + ", " + match.score() + " of 100, below " + settings.minimumFit() + ")");
    }

    /** "a call", "an email": reasons are read as sentences. */
    private static String withArticle(Channel channel) {
        String label = channel.label();
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    /** The request's own channel when it is already cheap, else the configured alternative. */
    private Channel cheaper(MeetingRequest request) {
        return request.format().isFaceToFace() ? settings.alternative() : request.format();
    }

    private static String declineReason(Contact contact, Rapport rapport, boolean low) {
        String give = contact.lookingFor().isEmpty() ? "they named nothing they look for" : "nothing they ask you can give";
        String feel = low ? "rapport low" : rapport.isRated() ? "rapport " + rapport + ", no more than polite" : "rapport not rated";
        return "no shared need, " + give + ", " + feel;
    }
}
