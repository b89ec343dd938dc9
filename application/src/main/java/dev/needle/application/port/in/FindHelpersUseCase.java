package dev.needle.application.port.in;

import dev.needle.domain.NeedId;
import dev.needle.domain.triage.Helper;
import java.util.List;

/** Who can help with a need, best first, each with reasons. */
public interface FindHelpersUseCase {
    List<Helper> helpersFor(NeedId need);
}
