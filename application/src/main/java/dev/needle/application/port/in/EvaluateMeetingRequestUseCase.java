package dev.needle.application.port.in;

import dev.needle.domain.triage.Verdict;

/**
 * The verdict a request would get if it were recorded, with nothing stored: for a question asked on
 * the command line ("should I meet them for a call?") that must leave the records as they were.
 */
public interface EvaluateMeetingRequestUseCase {
    Verdict evaluate(RecordMeetingRequestUseCase.Command hypothetical);
}
