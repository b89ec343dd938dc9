package dev.needle.application.port.in;

import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import java.util.List;

/** Moves a need to another place in the list; every need keeps a distinct place 1..n. */
public interface ReorderNeedUseCase {
    /** Returns the whole list in its new order. A place beyond the ends is clamped to them. */
    List<Need> moveNeed(NeedId id, int newPriority);
}
