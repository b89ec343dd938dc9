package dev.needle.application.port.in;

import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Teammate;
import dev.needle.domain.triage.Verdict;

/** Weighs a request against the needs, what you can give, rapport and the budget left. */
public interface TriageMeetingRequestUseCase {
    /** Weighed for the person using Needle, as the one who would go. */
    Verdict triage(MeetingRequestId request);

    /**
     * Weighed for {@code whoGoes}: their weekly hours left and what they can offer (the team's needs
     * and money are everyone's). A meeting given to a partner is weighed for that partner.
     */
    Verdict triage(MeetingRequestId request, Teammate whoGoes);
}
