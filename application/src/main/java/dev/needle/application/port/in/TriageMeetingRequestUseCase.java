package dev.needle.application.port.in;

import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.triage.Verdict;

/** Weighs a request against the needs, what you can give, rapport and the budget left. */
public interface TriageMeetingRequestUseCase {
    Verdict triage(MeetingRequestId request);
}
