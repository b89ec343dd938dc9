package dev.needle.application.port.in;

import dev.needle.domain.NeedCost;
import java.util.List;

/** What each need cost to advance: time and money of the interactions that advanced it. */
public interface CostPerNeedUseCase {
    List<NeedCost> costPerNeed();
}
