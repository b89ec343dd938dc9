package dev.needle.domain.triage;

import dev.needle.domain.Channel;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Rapport;
import java.util.List;

/** Everything the rules weigh for one case, computed once: fit, rapport, what you can give, the cost. */
record Weighing(TriageCase c, TriageSettings settings, List<NeedMatch> matches, int fit, int adjusted, boolean great,
                boolean low, GiveCheck give, CostCheck cost) {

    static Weighing of(TriageCase c, TriageSettings settings) {
        List<NeedMatch> matches = NeedMatch.all(c.needs(), c.contact(), settings);
        int fit = matches.isEmpty() ? 0 : matches.get(0).score();
        Rapport rapport = c.contact().rapport();
        boolean great = rapport.isRated() && rapport.score() >= settings.greatRapport();
        boolean low = rapport.isRated() && rapport.score() <= settings.lowRapport();
        int adjusted = fit + (great ? settings.rapportBonus() : 0) - (low ? settings.rapportPenalty() : 0);
        return new Weighing(c, settings, matches, fit, adjusted, great, low, GiveCheck.of(c),
                CostCheck.of(c.request().estimate(), c.budget(), settings));
    }

    MeetingRequest request() {
        return c.request();
    }

    boolean fits() {
        return fit >= settings.minimumFit();
    }

    /**
     * Whether they are a candidate: the need they serve best, well enough to count, is someone to hire.
     * Meeting them is then an interview for your need, not a favor.
     */
    boolean candidate() {
        return fits() && matches.get(0).need().kind() == NeedKind.HIRE;
    }

    /** The request's own channel when it is already cheap, else the configured alternative. */
    Channel cheaper() {
        return request().format().isFaceToFace() ? settings.alternative() : request().format();
    }
}
