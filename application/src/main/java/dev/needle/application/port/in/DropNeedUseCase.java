package dev.needle.application.port.in;

import dev.needle.domain.Need;
import dev.needle.domain.NeedId;

/** Drops a need that no longer matters; it stays on record but stops steering triage. */
public interface DropNeedUseCase {
    Need dropNeed(NeedId need);
}
